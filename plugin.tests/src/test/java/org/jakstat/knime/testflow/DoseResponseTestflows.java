package org.jakstat.knime.testflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.jakstat.knime.doseresponse.DoseResponseFitterTestflowSettings;
import org.jakstat.knime.doseresponse.plot.DoseResponsePlotTestflowSettings;
import org.knime.core.node.NodeSettingsWO;

/**
 * The dose-response test workflows. Expected tables are written by {@code data/make_expected.py} (numpy/scipy, and
 * cross-checked there against R): every numeric column is compared with an absolute tolerance, text columns exactly,
 * and a column is ignored only where the data do not define it (said per node below).
 */
final class DoseResponseTestflows {

    /** Columns compared exactly (text, qualifiers, booleans); every other column with a tolerance. */
    private static final Set<String> TEXT = Set.of("compound", "target", "Status", "Status reason", "QC flags",
        "QC reasons", "Model", "IC50 qualifier", "pIC50 qualifier", "IC80 qualifier", "Compared models",
        "Preferred model", "Point status", "Used in fit", "Point note", "exclude");

    private DoseResponseTestflows() {
    }

    /**
     * Dose-Response Fitter: node 2 on curves with known least-squares solutions (AICc ignored: with RSS at round-off
     * it is not defined; QC reasons ignored: wording, the flags are compared), node 10 on R's ryegrass data with the
     * automatic 3PL/4PL choice (everything compared), node 18 on curves that cannot give an IC50 (status, model,
     * reported IC50/pIC50 with qualifiers and counts compared; the estimates of a flat line are not defined).
     */
    static TestflowWriter fitter() {
        TestflowWriter w = new TestflowWriter();
        String dir = "dose-response-fitter";
        fitterNode(w, dir, 1, "curves.csv", "a", DoseResponseFitterTestflowSettings.knownSolutions(),
            Set.of("AICc", "QC reasons"), Set.of(), Set.of());
        fitterNode(w, dir, 9, "ryegrass.csv", "b", DoseResponseFitterTestflowSettings.ryegrassAutomatic(), Set.of(),
            Set.of(), Set.of());
        // (columns missing in every row of C, such as the IC50 CI, cannot be compared: a CSV reader types an empty
        // column as text)
        Set<String> definedForC = Set.of("compound", "target", "Status", "Model", "IC50 qualifier", "IC50 [nM]",
            "pIC50 qualifier", "pIC50", "Points", "Points used", "Points not used", "Outliers", "Controls");
        Set<String> resultsC = new TreeSet<>(columns(dir, "expected-c-results.csv"));
        resultsC.removeAll(definedForC);
        fitterNode(w, dir, 17, "unfittable.csv", "c", DoseResponseFitterTestflowSettings.unfittable(), resultsC,
            Set.of("Fitted response", "95% band lower", "95% band upper"), Set.of("Fitted response", "Residual"));
        return w;
    }

    /** A CSV Reader at {@code first}, the Fitter at first + 1, and reader + checker pairs for its three tables. */
    private static void fitterNode(final TestflowWriter w, final String dir, final int first, final String input,
        final String tag, final Consumer<NodeSettingsWO> settings, final Set<String> ignoreResults,
        final Set<String> ignoreCurves, final Set<String> ignorePoints) {
        int fitter = first + 1;
        w.csvReader(first, "data/" + input)
            .jakstatNode(fitter, DoseResponseFitterTestflowSettings.FACTORY, "Dose-Response Fitter", settings)
            .connect(first, 1, fitter, 1);
        String[] tables = {"results", "curves", "points"};
        List<Set<String>> ignored = List.of(ignoreResults, ignoreCurves, ignorePoints);
        for (int port = 1; port <= 3; port++) {
            String file = "expected-" + tag + "-" + tables[port - 1] + ".csv";
            int reader = fitter + 2 * port - 1;
            int checker = reader + 1;
            w.csvReader(reader, "data/" + file)
                .differenceChecker(checker, tolerances(dir, file, ignored.get(port - 1)), ignored.get(port - 1))
                .connect(fitter, port, checker, 1).connect(reader, 1, checker, 2);
        }
    }

    /**
     * Dose-Response Plot: user parameters (baricitinib's label IC50s) with points, panels on a log axis (node 3), and
     * overlaid by compound on a linear axis with mean and SD (node 4). The images are decoded and checked by the
     * harness (it has no KNIME image comparison to run).
     */
    static TestflowWriter plot() {
        return new TestflowWriter().csvReader(1, "data/parameters.csv").csvReader(2, "data/points.csv")
            .jakstatNode(3, DoseResponsePlotTestflowSettings.FACTORY, "Dose-Response Plot",
                DoseResponsePlotTestflowSettings.panels())
            .jakstatNode(4, DoseResponsePlotTestflowSettings.FACTORY, "Dose-Response Plot",
                DoseResponsePlotTestflowSettings.overlayLinear())
            .connect(1, 1, 3, 1).connect(2, 1, 3, 2).connect(1, 1, 4, 1).connect(2, 1, 4, 2);
    }

    /** Tolerance per numeric column: 1e-5 for concentrations in nM (values to 1e4), 1e-6 for all others. */
    private static Map<String, Double> tolerances(final String dir, final String file, final Set<String> ignored) {
        Map<String, Double> eps = new LinkedHashMap<>();
        for (String c : columns(dir, file)) {
            if (!TEXT.contains(c) && !ignored.contains(c)) {
                eps.put(c, c.endsWith("[nM]") ? 1e-5 : 1e-6);
            }
        }
        return eps;
    }

    /** @return the header of an expected table (the first line that is not a '#' comment) */
    private static List<String> columns(final String dir, final String file) {
        Path p = TestflowsTest.testWorkflowsDir().resolve(dir).resolve("data").resolve(file);
        try {
            String header = Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#"))
                .findFirst().orElseThrow();
            return CsvReaderOutput.split(header, ',', '"');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
