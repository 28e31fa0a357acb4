package org.jakstat.core.doseresponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jakstat.core.plot.AxisSharing;
import org.jakstat.core.plot.Chart;
import org.jakstat.core.plot.PanelGrid;
import org.jakstat.core.plot.XyChart;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.axis.ConcentrationLabel;
import org.jakstat.core.potency.ConcentrationUnit;

/**
 * Dose-response plots, as the KNIME nodes and the command line draw them: a log concentration axis with units, the
 * observations (or mean &plusmn; SD of replicates; excluded points hollow and crossed), the fitted curve with its 95 %
 * confidence band, the IC50 as a drop line with its value, one panel per curve or several curves overlaid per panel
 * with a legend.
 *
 * <p>Curves are added one at a time in display order ({@link #add}); curves with the same panel key, added one after
 * another, share a panel. A panel whose key is its only curve's label shows that curve alone, titled by it; any
 * other panel is an overlay titled by its key, with a legend of the curves' labels and IC50s. Only what one image shows is kept: the first {@link ChartOptions#maxPanels()} panels and
 * the first {@value #MAX_OVERLAY_CURVES} curves of each; the rest is counted and named in the image's notes, so
 * memory stays bounded however many curves pass through.
 */
public final class DoseResponseCharts {

    /** The most curves one overlay panel shows; colours repeat after eight, so more would not be told apart. */
    public static final int MAX_OVERLAY_CURVES = 10;

    private final ChartOptions options;
    private final List<Panel> panels = new ArrayList<>();
    private final Map<String, Integer> colors = new LinkedHashMap<>();
    private String lastPanel;
    private int panelCount;
    private int curveCount;

    /** The curves of one panel that are kept, and how many it had. */
    private static final class Panel {
        final String key;
        final List<CurvePlot> curves = new ArrayList<>();
        int total;

        Panel(String key) {
            this.key = key;
        }

        /** @return true when drawn as an overlay: several curves, or one curve named apart from its panel */
        boolean isOverlay() {
            return total > 1 || !key.equals(curves.get(0).label());
        }
    }

    /** @param options how to draw */
    public DoseResponseCharts(ChartOptions options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    /**
     * @param curve the next curve in display order
     * @return true when the image shows it (its panel is among the first {@code maxPanels} and the panel is not
     *         full); false when it is only counted
     */
    public boolean add(CurvePlot curve) {
        curveCount++;
        if (panelCount == 0 || !curve.panel().equals(lastPanel)) {
            panelCount++;
            lastPanel = curve.panel();
            if (panelCount <= options.maxPanels()) {
                panels.add(new Panel(curve.panel()));
            }
        }
        if (panelCount > options.maxPanels()) {
            return false;
        }
        Panel p = panels.get(panels.size() - 1);
        p.total++;
        if (p.curves.size() >= MAX_OVERLAY_CURVES) {
            return false;
        }
        p.curves.add(curve);
        if (!curve.colorKey().isEmpty()) {
            colors.putIfAbsent(curve.colorKey(), colors.size());
        }
        return true;
    }

    /**
     * @param next a curve about to be added
     * @return true when it would open a panel beyond the page limit (a caller writing pages starts a new page)
     */
    public boolean isFullFor(CurvePlot next) {
        return panelCount >= options.maxPanels() && !next.panel().equals(lastPanel);
    }

    /** @return how many curves were added */
    public int curveCount() {
        return curveCount;
    }

    /** @return how many panels the added curves make */
    public int panelCount() {
        return panelCount;
    }

    /**
     * @return one chart for a single panel, else a grid of the kept panels (shared axes for one curve per panel,
     *         independent ones with legends for overlays) whose notes say how
     *         many panels there were in all; "no curves to show" when nothing was added
     */
    public Chart chart() {
        return chart(options.title());
    }

    /**
     * @param title the title of the image, e.g. the curve numbers of a page
     * @return {@link #chart()} with that title
     */
    public Chart chart(String title) {
        List<XyChart> charts = new ArrayList<>();
        boolean overlay = panels.stream().anyMatch(Panel::isOverlay);
        for (Panel p : panels) {
            charts.add(panelChart(p, p.isOverlay()));
        }
        if (panelCount == 1) {
            XyChart only = charts.get(0);
            return title.isEmpty() ? only : only.toBuilder().title(title).subtitle(only.title()).build();
        }
        // shared axes compare one curve per panel best; overlaid panels need their own legends, which only
        // independent panels draw
        return new PanelGrid(title, "", charts, 0, overlay ? AxisSharing.INDEPENDENT : AxisSharing.SHARED,
                options.maxPanels(), overlay ? "panels" : "curves", 1, Math.max(panelCount, charts.size()));
    }

    private XyChart panelChart(Panel p, boolean overlay) {
        CurveSeries series = new CurveSeries(options);
        XyChart.Builder b = XyChart.builder().xAxis(xAxis()).yAxis(yAxis());
        for (int k = 0; k < p.curves.size(); k++) {
            CurvePlot c = p.curves.get(k);
            int color = c.colorKey().isEmpty() ? (overlay ? k : 0) : colors.get(c.colorKey());
            series.add(b, c, color, overlay);
        }
        String title = overlay ? p.key : p.curves.get(0).label() + ic50Note(p.curves.get(0));
        if (p.total > p.curves.size()) {
            title += " (" + p.curves.size() + " of " + p.total + " curves)";
        }
        return b.title(title).build();
    }

    /** @return " · IC50 &gt; 10.0 µM", " · too few points" etc. when the drop line cannot show the IC50 */
    private static String ic50Note(CurvePlot c) {
        if (c.curve().isPresent() && !c.ic50().isCensored() && Double.isFinite(c.ic50().logValue())) {
            return "";
        }
        String text = ic50Text(c.ic50());
        return " \u00b7 " + (c.status().isEmpty() || c.ic50().isCensored() ? text : c.status());
    }

    /**
     * @param ic50 an IC50
     * @return "IC50 12.0 nM", "IC50 &gt; 10.0 µM" (censored at the bound) or "no IC50"
     */
    public static String ic50Text(PotencyEstimate ic50) {
        if (ic50.isCensored()) {
            return "IC50 " + ic50.censoring().qualifier() + " " + ConcentrationLabel.format(ic50.reportedMolar(), 3);
        }
        return Double.isFinite(ic50.logValue()) ? "IC50 " + ConcentrationLabel.format(ic50.molar(), 3) : "no IC50";
    }

    private AxisSpec xAxis() {
        Optional<ConcentrationUnit> unit = options.linearUnit();
        AxisSpec axis = unit.isEmpty() ? AxisSpec.logConcentration(options.concentrationTitle())
                : AxisSpec.linear(options.concentrationTitle() + " [" + ConcentrationLabel.symbol(unit.get()) + "]");
        if (options.xRange().isPresent()) {
            double[] r = options.xRange().get();
            axis = unit.isEmpty() ? axis.withRange(r[0], r[1])
                    : axis.withRange(unit.get().fromMolar(r[0]), unit.get().fromMolar(r[1]));
        }
        return axis;
    }

    private AxisSpec yAxis() {
        AxisSpec axis = AxisSpec.linear(options.responseTitle()).withGrid(true);
        return options.yRange().map(r -> axis.withRange(r[0], r[1])).orElse(axis);
    }
}
