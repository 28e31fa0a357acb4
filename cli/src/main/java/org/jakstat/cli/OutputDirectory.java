package org.jakstat.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jakstat.core.plot.Chart;
import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.TableLayout;

/**
 * Writes a command's result tables as CSV files ({@link ResultTableCsv}: the node's columns, a missing value as an
 * empty field) and its chart as {@code chart.png} and {@code chart.svg} into one directory, created when needed.
 */
final class OutputDirectory {

    private final Path dir;

    OutputDirectory(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** Writes {@code file} with the layout's header and the rows. */
    OutputDirectory table(String file, TableLayout layout, List<ResultRow> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8)) {
            ResultTableCsv csv = new ResultTableCsv(out, layout);
            for (ResultRow row : rows) {
                csv.write(row);
            }
        }
        return this;
    }

    /** Writes {@code chart.png} (96 dpi) and {@code chart.svg}. */
    void chart(Chart chart) throws IOException {
        Files.write(dir.resolve("chart.png"), ChartRenderer.renderPng(chart));
        Files.writeString(dir.resolve("chart.svg"), ChartRenderer.renderSvg(chart), StandardCharsets.UTF_8);
    }
}
