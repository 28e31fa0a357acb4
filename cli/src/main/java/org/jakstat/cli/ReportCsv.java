package org.jakstat.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.jakstat.core.pkpd.report.ReportCell;
import org.jakstat.core.pkpd.report.ReportColumn;
import org.jakstat.core.pkpd.report.ReportTable;
import org.jakstat.core.plot.Chart;
import org.jakstat.core.plot.ChartRenderer;

/**
 * Writes core's {@link ReportTable}s as CSV (the node's columns, in the node's order; a missing value is an empty
 * field; numbers in full precision as Java writes them) and charts as PNG and SVG.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static void write(ReportTable table, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(table.columns().stream().map(ReportColumn::name).map(CsvLine::quote)
                    .collect(Collectors.joining(",")));
            out.write('\n');
            for (List<ReportCell> row : table.rows()) {
                out.write(row.stream().map(ReportCsv::field).collect(Collectors.joining(",")));
                out.write('\n');
            }
        }
    }

    private static String field(ReportCell cell) {
        if (cell instanceof ReportCell.Number n) {
            return Double.toString(n.value());
        } else if (cell instanceof ReportCell.Whole w) {
            return Integer.toString(w.value());
        } else if (cell instanceof ReportCell.Text t) {
            return CsvLine.quote(t.value());
        }
        return "";
    }

    /**
     * Writes a command's two tables and its chart ({@code chart.png}, {@code chart.svg}) into a directory, creating
     * it when needed.
     */
    static void writeAll(Path dir, ReportTable first, String firstFile, ReportTable second, String secondFile,
                         Chart chart) throws IOException {
        Files.createDirectories(dir);
        write(first, dir.resolve(firstFile));
        write(second, dir.resolve(secondFile));
        Files.write(dir.resolve("chart.png"), ChartRenderer.renderPng(chart));
        Files.writeString(dir.resolve("chart.svg"), ChartRenderer.renderSvg(chart), StandardCharsets.UTF_8);
    }
}
