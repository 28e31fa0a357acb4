package org.jakstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code jakstat timecourse} end to end: on the PD time-course test workflow's data its four tables equal the
 * expected tables computed independently in Python (the same references the node is checked against), and bad
 * options or files end with exit code 2 and a message naming the option or line.
 */
class TimecourseCommandTest {

    /** The analyzer's test workflow: input and expected tables (make_expected.py). */
    private static final Path WORKFLOW = Path.of(System.getProperty("jakstat.testWorkflows", "../test-workflows"),
        "pd-time-course", "data");

    /** The columns of the workflow's input (TimeCourseTestflowSettings.pstat()). */
    private static final List<String> COLUMNS = List.of("--subject-column", "subject", "--group-column", "group",
        "--dose-column", "dose [mg]", "--time-column", "time [h]", "--response-column", "pSTAT3 stimulated [MFI]",
        "--unstimulated-column", "pSTAT3 unstimulated [MFI]");

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(final List<String> options, final String... args) {
        CommandLine cl = JakstatCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("timecourse"));
        all.addAll(options);
        all.addAll(Arrays.asList(args));
        return cl.execute(all.toArray(String[]::new));
    }

    private int runOnWorkflowData(final Path out, final String... settings) {
        List<String> options = new ArrayList<>(COLUMNS);
        options.addAll(List.of("--input", WORKFLOW.resolve("pstat.csv").toString(), "--out", out.toString()));
        return run(options, settings);
    }

    private static List<List<String>> read(final Path p) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                rows.add(CsvLine.split(line, ','));
            }
        }
        return rows;
    }

    /**
     * Same header and rows, texts equal (row sources aside: the node writes row keys, the command line numbers),
     * numbers within the workflow's tolerances: 1e-9 relative to max(1, |value|), 1e-6 for confidence limits (the
     * t quantile of Commons Math is found to about 1e-9).
     */
    private static void assertSameTable(final Path expected, final Path actual) throws IOException {
        List<List<String>> e = read(expected);
        List<List<String>> a = read(actual);
        assertEquals(e.get(0), a.get(0), "column names of " + actual.getFileName());
        assertEquals(e.size(), a.size(), "rows of " + actual.getFileName());
        for (int r = 1; r < e.size(); r++) {
            for (int c = 0; c < e.get(0).size(); c++) {
                String want = e.get(r).get(c).replaceAll("Row\\d+|line \\d+", "ROW");
                String got = a.get(r).get(c).replaceAll("Row\\d+|line \\d+", "ROW");
                String where = actual.getFileName() + " row " + r + ", column " + e.get(0).get(c);
                if (isDecimal(want) && !got.isEmpty()) {
                    double w = Double.parseDouble(want);
                    double tolerance = (e.get(0).get(c).contains("CI") ? 1e-6 : 1e-9) * Math.max(1, Math.abs(w));
                    assertEquals(w, Double.parseDouble(got), tolerance, where);
                } else {
                    assertEquals(want, got, where);
                }
            }
        }
    }

    /** @return true for a number written with a decimal point or exponent (Python's repr of a float) */
    private static boolean isDecimal(final String text) {
        return text.matches("-?(\\d+\\.\\d*|\\d+(\\.\\d*)?[eE][-+]?\\d+)");
    }

    private void assertWorkflowTables(final Path out, final String node) throws IOException {
        List<String> expected = List.of("subjects", "per-time", "metrics", "dose");
        for (int i = 0; i < expected.size(); i++) {
            assertSameTable(WORKFLOW.resolve("expected-" + node + "-" + expected.get(i) + ".csv"),
                out.resolve(TimecourseCommand.TABLE_FILES.get(i)));
        }
    }

    @Test
    void percentInhibitionEqualsTheWorkflowReference() throws IOException {
        Path out = dir.resolve("inhibition");
        assertEquals(0, runOnWorkflowData(out, "--dose-metric", "rmax"), err.toString());
        assertWorkflowTables(out, "inhibition");
        assertTrue(err.toString().contains("timecourse: rows=74 subjects=15 flagged=5 groups=4 dose_fit=FITTED"),
            err.toString());
    }

    @Test
    void logDownEqualsTheWorkflowReference() throws IOException {
        Path out = dir.resolve("logdown");
        assertEquals(0, runOnWorkflowData(out, "--auec-method", "linear-up/log-down", "--threshold", "7.5",
            "--return-within", "6.5", "--dose-metric", "auec"), err.toString());
        assertWorkflowTables(out, "logdown");
    }

    @Test
    void placeboAdjustmentEqualsTheWorkflowReference() throws IOException {
        Path out = dir.resolve("placebo");
        assertEquals(0, runOnWorkflowData(out, "--normalization", "placebo-adjusted", "--placebo-group", "placebo",
            "--threshold", "-200", "--effect-side", "below", "--dose-metric", "Rmin", "--individual-lines"),
            err.toString());
        assertWorkflowTables(out, "placebo");
    }

    @Test
    void drawsThePlotAsPngAndSvg() throws IOException {
        Path out = dir.resolve("plots");
        assertEquals(0, runOnWorkflowData(out, "--width", "640", "--height", "480"), err.toString());
        BufferedImage png = ImageIO.read(out.resolve("time-course.png").toFile());
        assertEquals(640, png.getWidth());
        assertEquals(480, png.getHeight());
        String svg = Files.readString(out.resolve("time-course.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml") && svg.contains("PD time course") && svg.contains("4 mg (n = 4)"));
        assertEquals(List.of("Metric", "Model"), read(out.resolve("dose-dependence.csv")).get(0).subList(0, 2),
            "no dose metric: the dose table has its header and no row");
        assertEquals(1, read(out.resolve("dose-dependence.csv")).size());
    }

    @Test
    void unitsOfTheOptionsNameTheColumns() throws IOException {
        Path out = dir.resolve("units");
        assertEquals(0, runOnWorkflowData(out, "--time-unit", "min", "--normalization", "percent-of-baseline",
            "--dose-unit", "mg/kg"), err.toString());
        List<String> header = read(out.resolve("subjects.csv")).get(0);
        assertTrue(header.contains("Tmax [min]") && header.contains("AUEC [% of baseline\u00b7min]")
            && header.contains("Dose [mg/kg]"), header.toString());
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheOption() {
        assertEquals(2, runOnWorkflowData(dir.resolve("a"), "--normalization", "percent"));
        assertTrue(err.toString().contains("--normalization: unknown value 'percent'"), err.toString());
        assertEquals(2, runOnWorkflowData(dir.resolve("b"), "--normalization", "placebo-adjusted"));
        assertTrue(err.toString().contains("needs the placebo group") && err.toString().contains("--placebo-group"),
            err.toString());
        assertEquals(2, runOnWorkflowData(dir.resolve("c"), "--return-within", "0"));
        assertTrue(err.toString().contains("'return within X % of baseline' needs X > 0"), err.toString());
        assertEquals(2, runOnWorkflowData(dir.resolve("d"), "--dose-metric", "tmax"));
        assertTrue(err.toString().contains("dose dependence fits an effect or an area"), err.toString());
    }

    @Test
    void aDoseMetricNeedsADoseColumn() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "subject,time,response\nA,0,100\nA,1,50\n", StandardCharsets.UTF_8);
        assertEquals(2, run(List.of("--input", in.toString(), "--out", dir.resolve("o").toString(), "--dose-metric",
            "rmax")));
        assertTrue(err.toString().contains("--dose-metric rmax needs --dose-column"), err.toString());
    }

    @Test
    void defaultColumnsAndOneGroupWithoutGroupOrDose() throws IOException {
        Path in = dir.resolve("in.csv");
        // 100 (1 - 40/80) = 50 % at 1 h, 100 (1 - 60/80) = 25 % at 2 h
        Files.writeString(in, "# a comment\nsubject,time,response\nA,0,80\nA,1,40\nA,2,60\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("o");
        assertEquals(0, run(List.of("--input", in.toString(), "--out", out.toString())), err.toString());
        List<List<String>> rows = read(out.resolve("subjects.csv"));
        assertEquals("all", rows.get(1).get(0));
        assertEquals("OK", rows.get(1).get(rows.get(0).indexOf("Status")));
        assertEquals(50, Double.parseDouble(rows.get(1).get(rows.get(0).indexOf("Rmax [% inhibition]"))), 1e-12);
    }

    @Test
    void malformedFilesNameTheLineOrColumn() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "subject,time,response\nA,0,80\nA,one,40\n", StandardCharsets.UTF_8);
        assertEquals(2, run(List.of("--input", in.toString(), "--out", dir.resolve("o").toString())));
        assertTrue(err.toString().contains("line 3: 'one' in column 'time' is not a number"), err.toString());
        assertEquals(2, run(List.of("--input", in.toString(), "--out", dir.resolve("o").toString(),
            "--subject-column", "patient")));
        assertTrue(err.toString().contains("has no column 'patient'") && err.toString().contains("--subject-column"),
            err.toString());
        assertEquals(2, run(List.of("--input", dir.resolve("missing.csv").toString(), "--out", dir.toString())));
        assertTrue(err.toString().contains("timecourse: file not found"), err.toString());
    }
}
