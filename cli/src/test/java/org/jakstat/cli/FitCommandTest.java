package org.jakstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code jakstat fit} end to end on small files. */
class FitCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    /** Writes a long CSV of 4PL curves (IC50 1e-7 M, HillSlope -1, deterministic wiggle) in the given unit. */
    private Path curves(String name, int count, double unitFactor) throws IOException {
        StringBuilder sb = new StringBuilder("curve_id,conc,response\n");
        for (int k = 0; k < count; k++) {
            for (int c = 0; c < 10; c++) {
                double molar = Math.pow(10, -5 - 0.5 * c);
                for (int rep = 0; rep < 2; rep++) {
                    double y = 100 / (1 + Math.pow(10, (-7 + 0.1 * k - Math.log10(molar)) * -1))
                            + 2 * Math.sin(3.1 * c + rep + k);
                    sb.append(String.format(Locale.ROOT, "c%d,%s,%s%n", k, Double.toString(molar / unitFactor),
                            Double.toString(y)));
                }
            }
        }
        Path p = dir.resolve(name);
        Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
        return p;
    }

    private int run(String... args) {
        CommandLine cl = JakstatCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private List<List<String>> read(Path p) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            rows.add(CsvLine.split(line, ','));
        }
        return rows;
    }

    private static String cell(List<List<String>> rows, int row, String column) {
        return rows.get(row).get(rows.get(0).indexOf(column));
    }

    @Test
    void writesOneRowPerCurveWithUnitsInColumnNamesAndASummaryLine() throws IOException {
        Path out = dir.resolve("out.csv");
        assertEquals(0, run("fit", "--input", curves("in.csv", 3, 1).toString(), "--output", out.toString(),
                "--ec", "80"));
        List<List<String>> rows = read(out);
        assertEquals(4, rows.size());
        assertTrue(rows.get(0).contains("IC50 [nM]") && rows.get(0).contains("IC80 [nM]"), rows.get(0).toString());
        assertEquals("FITTED", cell(rows, 1, "status"));
        assertEquals(100, Double.parseDouble(cell(rows, 1, "IC50 [nM]")), 5);
        assertEquals(7, Double.parseDouble(cell(rows, 1, "pIC50")), 0.03);
        assertTrue(err.toString().matches("(?s).*fit: curves=3 fitted=3 failures=0 fit_seconds=\\S+ "
                + "curves_per_second=\\S+.*"), err.toString());
    }

    @Test
    void sameResultsForNanomolarInputAndMolarInput() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        run("fit", "--input", curves("m.csv", 2, 1).toString(), "--output", a.toString());
        run("fit", "--input", curves("nm.csv", 2, 1e-9).toString(), "--conc-unit", "nM", "--output", b.toString());
        assertEquals(Double.parseDouble(cell(read(a), 1, "LogIC50")), Double.parseDouble(cell(read(b), 1, "LogIC50")),
                1e-9);
    }

    /** The unit option values of the CLI's own enum keep working now that core's PotencyScale reads them. */
    @Test
    void acceptsEveryConcentrationUnitSpellingAndRefusesOthers() throws IOException {
        Path m = dir.resolve("m.csv");
        run("fit", "--input", curves("m.csv.in", 1, 1).toString(), "--output", m.toString());
        double expected = Double.parseDouble(cell(read(m), 1, "LogIC50"));
        for (String[] unit : new String[][] {{"uM", "1e-6"}, {"\u00b5M", "1e-6"}, {"mM", "1e-3"}, {"pM", "1e-12"}}) {
            Path out = dir.resolve("u.csv");
            assertEquals(0, run("fit", "--input", curves("u.csv.in", 1, Double.parseDouble(unit[1])).toString(),
                    "--conc-unit", unit[0], "--output", out.toString(), "--ic50-unit", "uM"), err.toString());
            assertEquals(expected, Double.parseDouble(cell(read(out), 1, "LogIC50")), 1e-9, unit[0]);
            assertTrue(read(out).get(0).contains("IC50 [uM]"));
        }
        Path log = dir.resolve("log.csv");
        StringBuilder sb = new StringBuilder("curve_id,conc,response\n");
        for (List<String> row : read(curves("l.csv.in", 1, 1)).subList(1, 21)) {
            sb.append(row.get(0)).append(',').append(Math.log10(Double.parseDouble(row.get(1)))).append(',')
                    .append(row.get(2)).append('\n');
        }
        Path logIn = dir.resolve("log.in.csv");
        Files.writeString(logIn, sb.toString());
        assertEquals(0, run("fit", "--input", logIn.toString(), "--conc-unit", "log10M", "--output", log.toString()));
        assertEquals(expected, Double.parseDouble(cell(read(log), 1, "LogIC50")), 1e-9);
        assertEquals(2, run("fit", "--input", logIn.toString(), "--conc-unit", "ng/mL"));
        assertTrue(err.toString().contains("'ng/mL' is not a unit"), err.toString());
        assertEquals(2, run("fit", "--input", logIn.toString(), "--ic50-unit", "log10M"));
        assertTrue(err.toString().contains("--ic50-unit must be a concentration unit"), err.toString());
    }

    @Test
    void writesPlotPagesAsPngAndSvgUpToTheLimit() throws IOException {
        Path plots = dir.resolve("plots");
        Path in = curves("p.csv", 30, 1);
        assertEquals(0, run("fit", "--input", in.toString(), "--output", dir.resolve("o.csv").toString(), "--plots",
                plots.toString(), "--plot-panels", "12", "--plot-pages", "2"), err.toString());
        try (var files = Files.list(plots)) {
            assertEquals(List.of("dose-response-001.png", "dose-response-001.svg", "dose-response-002.png",
                    "dose-response-002.svg"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        var image = javax.imageio.ImageIO.read(plots.resolve("dose-response-002.png").toFile());
        assertTrue(image.getWidth() > 600 && image.getHeight() > 400, image.getWidth() + "x" + image.getHeight());
        String svg = Files.readString(plots.resolve("dose-response-002.svg"));
        assertTrue(svg.contains("Dose-response curves 13&#x2013;24") && svg.contains(">c12<"),
                "page 2 holds curves 13-24, the first being c12");
        assertTrue(err.toString().contains("plot_pages=2"), err.toString());

        Path all = dir.resolve("all");
        assertEquals(0, run("fit", "--input", in.toString(), "--output", dir.resolve("o2.csv").toString(), "--plots",
                all.toString(), "--plot-panels", "12", "--plot-pages", "0", "--plot-points", "mean-sd"));
        try (var files = Files.list(all)) {
            assertEquals(6, files.count(), "3 pages: 12 + 12 + 6 curves");
        }
        assertTrue(Files.readString(all.resolve("dose-response-003.svg")).contains("Dose-response curves 25&#x2013;30"));
        assertEquals(2, run("fit", "--input", in.toString(), "--plots", all.toString(), "--plot-points", "box"));
    }

    @Test
    void plotAxesCarryTheTitlesGiven() throws IOException {
        Path plots = dir.resolve("titled");
        assertEquals(0, run("fit", "--input", curves("t.csv", 2, 1).toString(), "--output",
                dir.resolve("o.csv").toString(), "--plots", plots.toString(), "--plot-response-title",
                "Activity [% of control]", "--plot-concentration-title", "Baricitinib"));
        String svg = Files.readString(plots.resolve("dose-response-001.svg"));
        assertTrue(svg.contains(">Activity [% of control]<") && svg.contains(">Baricitinib<"));
        assertFalse(svg.contains(">Response<"));
    }

    @Test
    void reportsMissingUnparsableAndControlValuesPerCurve() throws IOException {
        Path in = dir.resolve("bad.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(curves("good.csv", 1, 1)));
        lines.set(3, "c0,abc,50");
        lines.set(5, "c0,1e-6,");
        lines.add("c0,0,101");
        Files.write(in, lines);
        Path out = dir.resolve("out.csv");
        assertEquals(0, run("fit", "--input", in.toString(), "--output", out.toString()));
        List<List<String>> rows = read(out);
        assertTrue(cell(rows, 1, "input_problems").contains("line 4: conc 'abc' is not a number"));
        assertTrue(cell(rows, 1, "excluded_points").contains("line 4 (INVALID_CONCENTRATION)"));
        assertTrue(cell(rows, 1, "excluded_points").contains("line 6 (MISSING_RESPONSE)"));
        assertEquals("1", cell(rows, 1, "n_controls"));
        assertTrue(cell(rows, 1, "flags").contains("POINTS_EXCLUDED"));
    }

    @Test
    void malformedFileGivesAClearMessageAndExitCodeTwo() throws IOException {
        Path noColumn = dir.resolve("h.csv");
        Files.writeString(noColumn, "id,conc,response\nc1,1e-6,5\n");
        assertEquals(2, run("fit", "--input", noColumn.toString(), "--output", dir.resolve("o.csv").toString()));
        assertTrue(err.toString().contains("no column 'curve_id'") && err.toString().contains("--id-column"));
        Path shortRow = dir.resolve("s.csv");
        Files.writeString(shortRow, "curve_id,conc,response\nc1,1e-6\n");
        assertEquals(2, run("fit", "--input", shortRow.toString(), "--output", dir.resolve("o.csv").toString()));
        assertTrue(err.toString().contains("line 2: expected at least 3 fields"));
    }

    @Test
    void curveIdReappearingLaterIsRejected() throws IOException {
        Path in = dir.resolve("split.csv");
        Files.writeString(in, "curve_id,conc,response\na,1e-6,5\nb,1e-6,5\na,1e-7,50\n");
        assertEquals(2, run("fit", "--input", in.toString(), "--output", dir.resolve("o.csv").toString()));
        assertTrue(err.toString().contains("line 4: curve 'a' appears again"), err.toString());
    }

    @Test
    void badOptionValuesAreUsageErrors() throws IOException {
        Path in = curves("x.csv", 1, 1);
        assertEquals(2, run("fit", "--input", in.toString(), "--fix", "slope=1"));
        assertTrue(err.toString().contains("unknown parameter 'slope'"));
        assertEquals(2, run("fit", "--input", in.toString(), "--weighting", "heavy"));
        assertEquals(2, run("fit", "--input", dir.resolve("missing.csv").toString()));
    }

    @Test
    void benchFormatHasTheColumnsCompareDotPyReads() throws IOException {
        Path out = dir.resolve("bench.csv");
        run("fit", "--input", curves("in.csv", 2, 1).toString(), "--output", out.toString(), "--format", "bench");
        List<List<String>> rows = read(out);
        assertEquals(List.of("curve_id", "bottom", "top", "ic50", "hill", "converged", "se_bottom", "se_top",
                "se_log10_ic50", "se_hill", "n_used", "note"), rows.get(0));
        assertEquals(1, Double.parseDouble(cell(rows, 1, "hill")), 0.1, "hill = -HillSlope");
        assertEquals(1e-7, Double.parseDouble(cell(rows, 1, "ic50")), 1e-8);
    }

    @Test
    void resultsAreIdenticalForOneAndSeveralThreads() throws IOException {
        Path in = curves("many.csv", 200, 1);
        Path one = dir.resolve("one.csv");
        Path three = dir.resolve("three.csv");
        run("fit", "--input", in.toString(), "--output", one.toString(), "--threads", "1");
        run("fit", "--input", in.toString(), "--output", three.toString(), "--threads", "3", "--batch-size", "7");
        assertEquals(Files.readString(one), Files.readString(three));
    }

    /**
     * 3PL (Bottom fixed at 0) vs 4PL on the root-length data of core's RReferenceFitsTest (concentrations in uM):
     * R's anova gives F = 6.64786, p = 0.017947 (core/src/test/resources/r-references/refs.out).
     */
    @Test
    void comparesNestedModelsPerCurve() throws IOException {
        double[] conc = {0, 0, 0, 0, 0, 0, 0.94, 0.94, 0.94, 1.88, 1.88, 1.88, 3.75, 3.75, 3.75, 7.5, 7.5, 7.5, 15, 15,
            15, 30, 30, 30};
        double[] y = {7.58, 8, 8.328571, 7.25, 7.375, 7.9625, 8.355556, 6.914286, 7.75, 6.871429, 6.45, 5.922222,
            1.925, 2.885714, 4.233333, 1.186667, 0.85, 0.7142857, 0.9833333, 0.5, 0.6, 0.5, 0.5, 0.5};
        StringBuilder sb = new StringBuilder("curve_id,conc,response\n");
        for (int i = 0; i < conc.length; i++) {
            sb.append("root,").append(conc[i]).append(',').append(y[i]).append('\n');
        }
        Path in = dir.resolve("root.csv");
        Files.writeString(in, sb.toString());
        Path out = dir.resolve("cmp.csv");
        assertEquals(0, run("fit", "--input", in.toString(), "--output", out.toString(), "--conc-unit", "uM",
                "--compare-fix", "bottom=0"));
        List<List<String>> rows = read(out);
        assertEquals(6.64786, Double.parseDouble(cell(rows, 1, "comparison_F")), 1e-5);
        assertEquals(0.017947, Double.parseDouble(cell(rows, 1, "comparison_p")), 1e-6);
        assertEquals("MORE_COMPLEX", cell(rows, 1, "preferred_model"));
        assertEquals(2, run("fit", "--input", in.toString(), "--fix", "bottom=0", "--compare-fix", "bottom=0"));
    }

    @Test
    void fixedParametersAndBoundsReachTheFit() throws IOException {
        Path out = dir.resolve("fixed.csv");
        run("fit", "--input", curves("in.csv", 1, 1).toString(), "--output", out.toString(), "--fix", "hill=-1",
                "--bound", "bottom=-5:", "--fix", "top=100");
        List<List<String>> rows = read(out);
        assertEquals(-1, Double.parseDouble(cell(rows, 1, "HillSlope")));
        assertEquals(100, Double.parseDouble(cell(rows, 1, "Top")));
        assertEquals("0.0", cell(rows, 1, "Top_SE"));
        assertTrue(Arrays.asList(rows.get(0).toArray()).contains("LogIC50_SE"));
    }

    @Test
    void commentLinesBeforeTheHeaderAndBetweenRowsAreSkipped() throws IOException {
        Path plain = curves("plain.csv", 1, 1);
        List<String> lines = Files.readAllLines(plain, StandardCharsets.UTF_8);
        List<String> commented = new ArrayList<>(List.of("# SIMULATED data", "# second comment"));
        commented.add(lines.get(0));
        commented.add("# a comment between rows");
        commented.addAll(lines.subList(1, lines.size()));
        Path p = dir.resolve("commented.csv");
        Files.write(p, commented, StandardCharsets.UTF_8);
        assertEquals(0, run("fit", "--input", p.toString(), "--output", dir.resolve("c.csv").toString()));
        assertEquals(0, run("fit", "--input", plain.toString(), "--output", dir.resolve("p.csv").toString()));
        assertEquals(Files.readString(dir.resolve("p.csv")), Files.readString(dir.resolve("c.csv")));
    }
}
