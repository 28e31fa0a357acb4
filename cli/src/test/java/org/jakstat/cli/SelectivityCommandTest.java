package org.jakstat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code jakstat selectivity} end to end on small files and on the scorer's test-workflow data. */
class SelectivityCommandTest {

    /** The scorer's test workflow: input, Km,ATP table and the expected tables computed independently in Python. */
    private static final Path WORKFLOW = Path.of(System.getProperty("jakstat.testWorkflows", "../test-workflows"),
            "selectivity-scorer", "data");

    /** The node's jak1Reference() settings (SelectivityTestflowSettings) as options. */
    private static final List<String> JAK1_REFERENCE = List.of("--value-column", "IC50 [nM]", "--qualifier-column",
            "qualifier", "--reference", "JAK1");

    /** Baricitinib enzyme IC50s: EU SmPC (Olumiant) section 5.1; Fridman et al. 2010 J Immunol 184:5298. */
    private static final String BARICITINIB = """
            # baricitinib, EU SmPC section 5.1 (a comment line, skipped as KNIME's CSV Reader skips it)
            compound,kinase,qualifier,IC50 [nM]
            baricitinib,JAK1,=,5.9
            baricitinib,JAK2,=,5.7
            baricitinib,TYK2,=,53
            baricitinib,JAK3,>,400
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private final StringWriter err = new StringWriter();

    private int run(List<String> common, String... args) {
        CommandLine cl = JakstatCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("selectivity"));
        all.addAll(common);
        all.addAll(Arrays.asList(args));
        return cl.execute(all.toArray(String[]::new));
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** @return the CSV's lines split into fields, '#' comment lines left out */
    private static List<List<String>> read(Path p) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                rows.add(CsvLine.split(line, ','));
            }
        }
        return rows;
    }

    private static String cell(List<List<String>> rows, int row, String column) {
        int i = rows.get(0).indexOf(column);
        assertTrue(i >= 0, "no column " + column + " in " + rows.get(0));
        return rows.get(row).get(i);
    }

    private static double number(List<List<String>> rows, int row, String column) {
        return Double.parseDouble(cell(rows, row, column));
    }

    @Test
    void baricitinibLabelPanelGivesTheLabelFoldsAndProfileClass() throws IOException {
        Path result = dir.resolve("out.csv");
        assertEquals(0, run(JAK1_REFERENCE, "--input", file("in.csv", BARICITINIB).toString(), "--output",
                result.toString()));
        List<List<String>> rows = read(result);
        assertEquals(2, rows.size());
        assertEquals("scored", cell(rows, 1, "Status"));
        // 5.7 / 5.9 = 0.966, 53 / 5.9 = 8.98, >400 / 5.9 = >67.8 (EU SmPC values)
        assertEquals(0.97, number(rows, 1, "JAK2 fold over reference"), 0.005);
        assertEquals(9.0, number(rows, 1, "TYK2 fold over reference"), 0.05);
        assertEquals(67.8, number(rows, 1, "JAK3 fold over reference"), 0.05);
        assertEquals(">", cell(rows, 1, "JAK3 fold qualifier"));
        assertEquals("=", cell(rows, 1, "TYK2 fold qualifier"));
        assertEquals("JAK1/JAK2-selective: ~1x JAK2, 9.0x TYK2, >68x JAK3", cell(rows, 1, "Profile class"));
        assertEquals("<", cell(rows, 1, "JAK3 pIC50 qualifier"), "'>400 nM' is a pIC50 below 6.40");
        assertTrue(err.toString().contains("selectivity: compounds=1 scored=1 refused=0 no_usable_data=0"),
                err.toString());
    }

    @Test
    void writesToStandardOutputWithoutOutputFile() throws IOException {
        assertEquals(0, run(JAK1_REFERENCE, "--input", file("in.csv", BARICITINIB).toString()));
        assertTrue(out.toString().startsWith("compound,Status,Reason,"), out.toString());
        assertTrue(out.toString().contains("\"JAK1/JAK2-selective: ~1x JAK2, 9.0x TYK2, >68x JAK3\""));
    }

    @Test
    void censoredAndBadRowsBecomeStatusReasonAndNotes() throws IOException {
        Path in = file("bad.csv", """
                compound,kinase,qualifier,IC50 [nM],ATP [uM]
                x,JAK1,>,100,
                x,JAK2,=,10,
                x,JAK3,>,1000,
                a,JAK1,about,5,
                a,JAK2,=,50,
                b,JAK1,=,-1,
                ,JAK1,=,1,
                c,JAK1,=,5,100
                c,JAK2,=,5,1000
                """);
        Path result = dir.resolve("out.csv");
        Path folds = dir.resolve("folds.csv");
        assertEquals(0, run(JAK1_REFERENCE, "--input", in.toString(), "--output", result.toString(), "--folds",
                folds.toString(), "--atp-column", "ATP [uM]"));
        List<List<String>> rows = read(result);
        assertEquals(List.of("x", "a", "b", "c", ""), rows.subList(1, 6).stream().map(r -> r.get(0)).toList());
        // two lower bounds: no fold, never a number; the reason stands in the note column
        assertEquals("", cell(rows, 1, "JAK3 fold over reference"));
        assertTrue(cell(rows, 1, "JAK3 note").startsWith("undetermined: JAK3 >1 uM over JAK1 >100 nM"));
        assertEquals("0.1", cell(rows, 1, "JAK2 fold over reference"));
        assertEquals("<", cell(rows, 1, "JAK2 fold qualifier"), "10 over >100 is below 0.1");
        assertEquals("scored", cell(rows, 2, "Status"), "JAK2 alone still scores");
        assertTrue(cell(rows, 2, "Notes").startsWith("line 5: unknown qualifier 'about'"), cell(rows, 2, "Notes"));
        assertEquals("no usable data", cell(rows, 3, "Status"));
        assertTrue(cell(rows, 3, "Reason").startsWith("no usable measurement"), cell(rows, 3, "Reason"));
        assertEquals("refused", cell(rows, 4, "Status"));
        assertTrue(cell(rows, 4, "Reason").contains("different ATP conditions"), cell(rows, 4, "Reason"));
        assertEquals("1 input row(s) without a compound identifier (line 8): not scored", cell(rows, 5, "Reason"));
        assertTrue(err.toString().contains("selectivity: compounds=5 scored=2 refused=1 no_usable_data=2"),
                err.toString());
        // fold matrix: 4 x 3 ordered pairs of each scored compound
        List<List<String>> pairs = read(folds);
        assertEquals(List.of("compound", "Kinase A", "Kinase B", "Fold A/B", "Fold qualifier", "Note"), pairs.get(0));
        assertEquals(1 + 2 * 12, pairs.size());
    }

    @Test
    void columnsAndValuesEqualTheNodesExpectedOutputForTheSameSettings() throws IOException {
        Path result = dir.resolve("jak1.csv");
        Path folds = dir.resolve("jak1-folds.csv");
        assertEquals(0, run(JAK1_REFERENCE, "--input", WORKFLOW.resolve("potencies.csv").toString(), "--output",
                result.toString(), "--folds", folds.toString()));
        assertSameTable(read(WORKFLOW.resolve("expected-jak1-profiles.csv")), read(result));
        assertSameTable(read(WORKFLOW.resolve("expected-jak1-folds.csv")), read(folds));
    }

    @Test
    void chengPrusoffWithTheKmTableGivesTheNodesColumnsAndValues() throws IOException {
        Path result = dir.resolve("cp.csv");
        Path folds = dir.resolve("cp-folds.csv");
        // the node's mostPotentWithChengPrusoff() settings (SelectivityTestflowSettings)
        assertEquals(0, run(List.of("--value-column", "IC50 [nM]", "--qualifier-column", "qualifier"), "--input",
                WORKFLOW.resolve("potencies.csv").toString(), "--atp-column", "ATP [uM]", "--km-atp",
                WORKFLOW.resolve("km-atp.csv").toString(), "--km-column", "Km ATP [uM]", "--output",
                result.toString(), "--folds", folds.toString()));
        List<List<String>> expected = read(WORKFLOW.resolve("expected-cp-profiles.csv"));
        assertTrue(expected.get(0).contains("JAK1 potency [nM]") && expected.get(0).contains("JAK1 pX"));
        assertSameTable(expected, read(result));
        assertSameTable(read(WORKFLOW.resolve("expected-cp-folds.csv")), read(folds));
    }

    /**
     * Same header, same number of rows, same texts and numbers within 1e-12 relative (the expected tables are
     * Python's exact fractions rounded once; Jakstat rounds at each step). Notes name input rows by their KNIME
     * row key ("row Row16") in the node and by their line ("line 24") here, so those notes are compared without
     * that name.
     */
    private static void assertSameTable(List<List<String>> expected, List<List<String>> actual) {
        assertEquals(expected.get(0), actual.get(0), "the node's output-1 column names");
        assertEquals(expected.size(), actual.size(), "rows");
        for (int r = 1; r < expected.size(); r++) {
            for (int c = 0; c < expected.get(0).size(); c++) {
                String e = expected.get(r).get(c).replaceAll("row Row\\d+|Row\\d+|line \\d+", "ROW");
                String a = actual.get(r).get(c).replaceAll("row Row\\d+|Row\\d+|line \\d+", "ROW");
                String where = "row " + r + ", column " + expected.get(0).get(c);
                if (e.matches("-?\\d.*") && a.matches("-?\\d.*") && !e.contains(" ")) {
                    assertEquals(Double.parseDouble(e), Double.parseDouble(a), 1e-12 * Math.abs(Double.parseDouble(e)),
                            where);
                } else {
                    assertEquals(e, a, where);
                }
            }
        }
    }

    @Test
    void plotIsWrittenAsPngOrSvg() throws IOException {
        Path png = dir.resolve("plot.png");
        Path svg = dir.resolve("plot.svg");
        Path in = file("in.csv", BARICITINIB);
        assertEquals(0, run(JAK1_REFERENCE, "--input", in.toString(), "--output", dir.resolve("o.csv").toString(),
                "--plot", png.toString()));
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(Files.readAllBytes(png), 4));
        assertEquals(0, run(JAK1_REFERENCE, "--input", in.toString(), "--output", dir.resolve("o.csv").toString(),
                "--plot", svg.toString(), "--plot-kind", "heat-map"));
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains("pIC50 per kinase"), text.substring(0, 200));
    }

    @Test
    void plotOptionRepeatsForBothFormatsInOneRun() throws IOException {
        Path png = dir.resolve("both.png");
        Path svg = dir.resolve("both.svg");
        assertEquals(0, run(JAK1_REFERENCE, "--input", file("in.csv", BARICITINIB).toString(), "--output",
                dir.resolve("o.csv").toString(), "--plot", png.toString(), "--plot", svg.toString()));
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(Files.readAllBytes(png), 4));
        assertTrue(Files.readString(svg).contains("pIC50 per kinase"));
    }

    @Test
    void malformedInputGivesAClearMessageAndExitCodeTwo() throws IOException {
        String o = dir.resolve("o.csv").toString();
        assertEquals(2, run(List.of(), "--input", file("a.csv", BARICITINIB).toString(), "--output", o));
        assertTrue(err.toString().contains("has no column 'value'") && err.toString().contains("--value-column"),
                err.toString());
        assertEquals(2, run(JAK1_REFERENCE, "--input", file("b.csv", BARICITINIB + "x,JAK1,=\n").toString(),
                "--output", o));
        assertTrue(err.toString().contains("line 7: 3 fields, but the header has 4"), err.toString());
        assertEquals(2, run(JAK1_REFERENCE, "--input", file("c.csv", BARICITINIB + "x,JAK1,,>5\n").toString(),
                "--output", o));
        assertTrue(err.toString().contains("line 7: '>5' in column 'IC50 [nM]' is not a number"), err.toString());
        assertEquals(2, run(JAK1_REFERENCE, "--input", file("d.csv", "# only a comment\n").toString(),
                "--output", o));
        assertTrue(err.toString().contains("is empty: expected a header line"), err.toString());
        assertEquals(2, run(JAK1_REFERENCE, "--input", file("e.csv", BARICITINIB + "x,\"JAK1,=,5\n").toString(),
                "--output", o));
        assertTrue(err.toString().contains("line 7: unterminated quote"), err.toString());
        assertEquals(2, run(JAK1_REFERENCE, "--input", dir.resolve("missing.csv").toString()));
        assertTrue(err.toString().contains("file not found"), err.toString());
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheOption() throws IOException {
        String in = file("in.csv", BARICITINIB).toString();
        assertEquals(2, run(JAK1_REFERENCE, "--input", in, "--unit", "nm2"));
        assertTrue(err.toString().contains("--unit must be M, mM, uM, nM, pM, pX or log10M"), err.toString());
        assertEquals(2, run(List.of("--reference", "CDK2"), "--input", in));
        assertTrue(err.toString().contains("reference kinase CDK2 is not in the kinase panel"), err.toString());
        assertEquals(2, run(JAK1_REFERENCE, "--input", in, "--plot", "x.jpg"));
        assertTrue(err.toString().contains("--plot must name a .png or .svg file"), err.toString());
        assertEquals(2, run(JAK1_REFERENCE, "--input", in, "--km-atp", in));
        assertTrue(err.toString().contains("--km-atp needs --km-column"), err.toString());
    }

    @Test
    void panelThresholdAndOutputUnitShapeTheColumns() throws IOException {
        Path result = dir.resolve("out.csv");
        assertEquals(0, run(JAK1_REFERENCE, "--input", file("in.csv", BARICITINIB).toString(), "--output",
                result.toString(), "--panel", "JAK1,JAK3", "--sx-threshold", "100", "--threshold-unit", "nM",
                "--output-unit", "uM"));
        List<String> header = read(result).get(0);
        assertTrue(header.contains("JAK3 IC50 [uM]") && header.contains("S(100 nM)"), header::toString);
        assertTrue(header.stream().noneMatch(h -> h.startsWith("JAK2") || h.startsWith("TYK2")), header::toString);
        assertEquals(0.4, number(read(result), 1, "JAK3 IC50 [uM]"), 0);
        assertTrue(cell(read(result), 1, "Notes").contains("not in the kinase panel, so left out: JAK2, TYK2"),
                cell(read(result), 1, "Notes"));
    }
}
