package org.jakstat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jakstat.core.doseresponse.ChartOptions;
import org.jakstat.core.doseresponse.CurvePlot;
import org.jakstat.core.doseresponse.DoseResponseCharts;
import org.jakstat.core.plot.Chart;
import org.jakstat.core.plot.ChartRenderer;

/**
 * {@code jakstat fit --plots DIR}: streams curve plots into pages of at most {@code --plot-panels} panels and writes
 * each full page as {@code dose-response-001.png} and {@code .svg} (same drawing code, core's
 * {@link DoseResponseCharts}). Holds one page at a time; stops after {@code --plot-pages} pages (0: no limit),
 * because rendering a page costs far more than fitting its curves. Used by the single writing thread only;
 * {@link #wantsMore()} may be asked from any thread.
 */
final class PlotPages {

    private final Path dir;
    private final ChartOptions options;
    private final int maxPages;
    private DoseResponseCharts page;
    private int firstCurve = 1;
    private int pages;
    private volatile boolean full;

    /**
     * @param dir      where the pages go (created if needed)
     * @param options  how to draw
     * @param maxPages the most pages to write, 0 for no limit
     */
    PlotPages(Path dir, ChartOptions options, int maxPages) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.options = options;
        this.maxPages = maxPages;
        this.page = new DoseResponseCharts(options);
    }

    /** @return false once the page limit is reached: callers need not build more plots */
    boolean wantsMore() {
        return !full;
    }

    /** @param plot the next curve's plot, in output order */
    void add(CurvePlot plot) throws IOException {
        if (full) {
            return;
        }
        if (page.isFullFor(plot)) {
            write();
            if (full) {
                return;
            }
        }
        page.add(plot);
    }

    /** Writes the last, partly filled page. @return the number of pages written */
    int finish() throws IOException {
        if (!full && page.curveCount() > 0) {
            write();
        }
        return pages;
    }

    private void write() throws IOException {
        int last = firstCurve + page.curveCount() - 1;
        Chart chart = page.chart(String.format(Locale.ROOT, "Dose-response curves %d\u2013%d", firstCurve, last));
        pages++;
        String name = String.format(Locale.ROOT, "dose-response-%03d", pages);
        Files.write(dir.resolve(name + ".png"), ChartRenderer.renderPng(chart));
        Files.writeString(dir.resolve(name + ".svg"), ChartRenderer.renderSvg(chart), StandardCharsets.UTF_8);
        firstCurve = last + 1;
        page = new DoseResponseCharts(options);
        full = maxPages > 0 && pages >= maxPages;
    }
}
