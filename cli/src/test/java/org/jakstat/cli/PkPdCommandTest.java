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
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jakstat.core.pkpd.DosingRegimen;
import org.jakstat.core.pkpd.MolarMass;
import org.jakstat.core.pkpd.ObservedQuantity;
import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.PkPdModelStructure;
import org.jakstat.core.pkpd.PkPdPrediction;
import org.jakstat.core.pkpd.PkStructure;
import org.jakstat.core.pkpd.report.FitJob;
import org.jakstat.core.pkpd.report.SimulationJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code jakstat pkpd simulate|fit} end to end: the node's tables as CSV, charts as PNG and SVG, exit codes. */
class PkPdCommandTest {

    /** Baricitinib label PK (t1/2 12.5 h, tmax 1 h, V 76 L / F 0.79, fu 0.5, 371.42 g/mol), free IC50 64 nM. */
    private static final String[] BARICITINIB = {"--half-life", "12.5", "--tmax", "1", "--v", "96.20253164556962",
        "--fu", "0.5", "--mw", "371.42"};

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = JakstatCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static List<List<String>> read(Path p) throws IOException {
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
    void simulateWritesTheNodesTablesAndCharts() throws IOException {
        Path out = dir.resolve("sim");
        assertEquals(0, run(with(with(new String[] {"pkpd", "simulate"}, BARICITINIB), "--ic50", "64", "--dose", "2,4",
            "--doses",
            "7", "--to", "48", "--step", "0.5", "--out", out.toString())));
        List<List<String>> course = read(out.resolve("timecourse.csv"));
        assertEquals(SimulationJob.timeCourseLayout(PdStructure.DIRECT_INHIBITION).names(), course.get(0));
        assertEquals(1 + 2 * 97, course.size());
        assertEquals("4 mg", cell(course, 98, "Scenario"));
        double freeNm = Double.parseDouble(cell(course, 100, "C free [nM]"));
        assertEquals(100 * freeNm / (64 + freeNm), Double.parseDouble(cell(course, 100, "Inhibition [%]")), 1e-10);
        List<List<String>> summary = read(out.resolve("summary.csv"));
        assertEquals(SimulationJob.summaryLayout(PdStructure.DIRECT_INHIBITION).names(), summary.get(0));
        assertTrue(Double.parseDouble(cell(summary, 2, "Average inhibition,ss [%]"))
            > Double.parseDouble(cell(summary, 1, "Average inhibition,ss [%]")));
        BufferedImage png = ImageIO.read(out.resolve("chart.png").toFile());
        assertTrue(png.getWidth() > 0);
        assertTrue(Files.readString(out.resolve("chart.svg")).contains("<svg"));
        assertTrue(err.toString().contains("pkpd simulate: scenarios=2 failed=0"), err.toString());
    }

    @Test
    void aScenarioFileRunsOneSimulationPerRowAndReportsABadRow() throws IOException {
        Path file = dir.resolve("scenarios.csv");
        Files.writeString(file, "# label doses\nscenario,dose,doses\n2 mg QD,2,7\nbroken,,7\n4 mg QD,4,7\n");
        Path out = dir.resolve("sim");
        assertEquals(0, run(with(with(new String[] {"pkpd", "simulate"}, BARICITINIB), "--ic50", "64", "--scenarios",
            file.toString(), "--out", out.toString())));
        List<List<String>> summary = read(out.resolve("summary.csv"));
        assertEquals(List.of("2 mg QD", "broken", "4 mg QD"),
            summary.subList(1, 4).stream().map(r -> r.get(0)).toList());
        assertEquals("FAILED", cell(summary, 2, "Status"));
        assertEquals("dose [mg] is missing", cell(summary, 2, "Reason"));
        assertEquals("", cell(summary, 2, "Cmax,ss [mg/L]"));
        assertTrue(err.toString().contains("scenarios=3 failed=1"), err.toString());
    }

    @Test
    void fitRecoversThePotencyAndWritesEveryRow() throws IOException {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        double[] truth = {4.437867251646081, 5.33460108582844, 96.20253164556962, 0, 100, 0.9, 40, 1.2};
        StringBuilder csv = new StringBuilder("subject,dose,time,pSTAT3\n");
        double[] times = {0, 0.5, 1, 2, 4, 8, 12, 24};
        int k = 0;
        for (double dose : new double[] {2, 4, 8, 16}) {
            double[] y = new PkPdPrediction(s, ObservedQuantity.RESPONSE, DosingRegimen.single(dose), 0.5,
                new MolarMass(371.42)).predict(truth, times);
            for (int i = 0; i < times.length; i++) {
                csv.append(String.format(Locale.ROOT, "S%d,%s,%s,%s%n", (int)dose, dose, times[i],
                    y[i] + 3 * Math.sin(2.3 * k++ + 0.7)));
            }
        }
        csv.append("S5,,2,55\nS1,2,3,NA\n");
        Path file = dir.resolve("observed.csv");
        Files.writeString(file, csv.toString());
        Path out = dir.resolve("fit");
        assertEquals(0, run(with(with(new String[] {"pkpd", "fit"}, BARICITINIB), "--imax", "0.8", "--ic50", "100",
            "--input", file.toString(), "--subject-column", "subject", "--dose-column", "dose", "--value-column",
            "pSTAT3", "--out", out.toString())));
        List<List<String>> fit = read(out.resolve("fit.csv"));
        assertEquals(FitJob.summaryLayout(s, 0.95).names(), fit.get(0));
        assertEquals("FITTED", cell(fit, 1, "Status"));
        assertEquals(40, Double.parseDouble(cell(fit, 1, "IC50 [nM]")), 4, "truth: 40 nM");
        assertEquals("ka, CL/F, V/F, tlag", cell(fit, 1, "Held parameters"));
        List<List<String>> obs = read(out.resolve("observations.csv"));
        assertEquals(1 + 34, obs.size());
        assertEquals("dose [mg] is missing", cell(obs, 33, "Reason"));
        assertEquals("observed value is missing", cell(obs, 34, "Reason"));
        assertTrue(ImageIO.read(out.resolve("chart.png").toFile()).getWidth() > 0);
        assertTrue(err.toString().contains("pkpd fit: rows=34 fits=1 fitted=1 rejected_rows=1"), err.toString());
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheOption() {
        assertEquals(2, run("pkpd", "simulate", "--pd", "sigmoid", "--out", dir.toString()));
        assertTrue(err.toString().contains("--pd must be one of none, direct-imax"), err.toString());
        assertEquals(2, run("pkpd", "simulate", "--imax", "1.5", "--out", dir.toString()));
        assertTrue(err.toString().contains("Imax (fraction) must be within [0.0, 1.0], got 1.5"), err.toString());
        assertEquals(2, run("pkpd", "simulate", "--pk", "two", "--half-life", "12", "--tmax", "1", "--out",
            dir.toString()));
        assertTrue(err.toString().contains("exists for the one-compartment model only"), err.toString());
        assertEquals(2, run("pkpd", "fit", "--input", "x.csv", "--pd", "none", "--out", dir.toString()));
        assertTrue(err.toString().contains("'Response' observations need a PD model"), err.toString());
        assertEquals(2, run("pkpd", "fit", "--input", "x.csv", "--hold", "ke0", "--out", dir.toString()));
        assertTrue(err.toString().contains("'ke0' is not a parameter of One-compartment"), err.toString());
    }

    @Test
    void malformedInputIsExitCodeTwoWithTheLine() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "time,value\n1,80\n2,eighty\n");
        assertEquals(2, run("pkpd", "fit", "--input", file.toString(), "--out", dir.toString()));
        assertTrue(err.toString().contains("input bad.csv line 3: 'eighty' in column 'value' is not a number"),
            err.toString());
        assertEquals(2, run("pkpd", "fit", "--input", file.toString(), "--time-column", "t", "--out",
            dir.toString()));
        assertTrue(err.toString().contains("no column 't'"), err.toString());
        assertEquals(2, run("pkpd", "fit", "--input", dir.resolve("none.csv").toString(), "--out", dir.toString()));
        assertTrue(err.toString().contains("pkpd fit: file not found"), err.toString());
    }

    @Test
    void helpRendersForBothSubcommands() {
        assertEquals(0, run("pkpd", "simulate", "--help"));
        assertEquals(0, run("pkpd", "fit", "--help"));
        assertEquals(2, run("pkpd"));
    }

    /** The test workflow's data and its references from make_expected.py (closed forms, not Jakstat). */
    private static Path workflowData() {
        Path data = Path.of("").toAbsolutePath().getParent().resolve("test-workflows/pkpd-model/data");
        assertTrue(Files.isDirectory(data), data.toString());
        return data;
    }

    /**
     * Same outputs as the node: the command reproduces the reference tables of the node's test workflow
     * (test-workflows/pkpd-model) with the node's settings as options, column for column, within 1e-6 relative.
     */
    @Test
    void givesTheReferenceTablesOfTheNodesTestWorkflow() throws IOException {
        Path data = workflowData();
        Path sim = dir.resolve("sim");
        assertEquals(0, run(with(with(new String[] {"pkpd", "simulate"}, BARICITINIB), "--ic50", "64", "--scenarios",
            data.resolve("scenarios.csv").toString(), "--scenario-column", "regimen", "--dose-column", "dose [mg]",
            "--to", "48", "--step", "0.5", "--out", sim.toString())));
        assertSameTable(data.resolve("expected-timecourse.csv"), sim.resolve("timecourse.csv"), List.of());
        assertSameTable(data.resolve("expected-summary.csv"), sim.resolve("summary.csv"), List.of());
        Path fit = dir.resolve("fit");
        assertEquals(0, run(with(with(new String[] {"pkpd", "fit"}, BARICITINIB), "--ic50", "100", "--imax", "0.8",
            "--input", data.resolve("observed.csv").toString(), "--subject-column", "subject", "--dose-column",
            "dose [mg]", "--time-column", "time [h]", "--value-column", "pSTAT3 MFI", "--out", fit.toString())));
        assertSameTable(data.resolve("expected-observations.csv"), fit.resolve("observations.csv"), List.of());
        assertSameTable(data.resolve("expected-fit.csv"), fit.resolve("fit.csv"), List.of("Iterations"));
    }

    private static void assertSameTable(Path expected, Path actual, List<String> ignored) throws IOException {
        List<List<String>> want = read(expected).stream().filter(r -> !r.get(0).startsWith("#")).toList();
        List<List<String>> got = read(actual);
        assertEquals(want.get(0), got.get(0), "columns of " + actual.getFileName());
        assertEquals(want.size(), got.size(), "rows of " + actual.getFileName());
        for (int r = 1; r < want.size(); r++) {
            for (int c = 0; c < want.get(0).size(); c++) {
                if (ignored.contains(want.get(0).get(c))) {
                    continue;
                }
                String w = want.get(r).get(c);
                String g = got.get(r).get(c);
                String where = actual.getFileName() + " row " + r + " column " + want.get(0).get(c);
                if (w.matches("-?\\d+(\\.\\d*)?([eE][-+]?\\d+)?") && !g.isEmpty()) {
                    double x = Double.parseDouble(w);
                    assertEquals(x, Double.parseDouble(g), 1e-6 * Math.max(1, Math.abs(x)), where);
                } else {
                    assertEquals(w, g, where);
                }
            }
        }
    }
}
