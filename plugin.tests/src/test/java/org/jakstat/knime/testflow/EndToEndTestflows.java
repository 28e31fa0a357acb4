package org.jakstat.knime.testflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jakstat.core.timecourse.Normalization;

import org.jakstat.knime.doseresponse.DoseResponseFitterTestflowSettings;
import org.jakstat.knime.doseresponse.plot.DoseResponsePlotTestflowSettings;
import org.jakstat.knime.pkpd.PkPdModelTestflowSettings;
import org.jakstat.knime.selectivity.SelectivityTestflowSettings;
import org.jakstat.knime.timecourse.TimeCourseTestflowSettings;

/**
 * The end-to-end workflow "Baricitinib JAK-STAT analysis" ({@code test-workflows/baricitinib-jak-stat-analysis}): the
 * bundled simulated example data analysed as a user chains the nodes in KNIME, every Jakstat table compared with
 * expected tables that {@code data/make_expected.py} computes independently (numpy/scipy, and the other workflows'
 * reference functions), never by Jakstat.
 */
final class EndToEndTestflows {

    static final String NAME = "baricitinib-jak-stat-analysis";

    private EndToEndTestflows() {
    }

    /**
     * Kinase panel: CSV Reader (1) to Dose-Response Fitter (2); its parameters to Dose-Response Plot (9, with the
     * points) and Kinase Selectivity Scorer (10); the scorer's profile to Cytokine Pathway Coverage (15). pSTAT3
     * study: CSV Reader (18) to PD Time-Course Analyzer (19) and PK/PD Model in mode Fit (28). Workflow variables:
     * rout_q (the Fitter's ROUT Q, %), reference_kinase (the scorer's fixed reference), fraction_unbound (the
     * pathway node's and the PK/PD model's fu) and molar_mass (the PK/PD model's, g/mol).
     */
    static TestflowWriter baricitinib() {
        TestflowWriter w = new TestflowWriter()
            .workflowVariable("rout_q", 1.0)
            .workflowVariable("reference_kinase", "JAK1")
            .workflowVariable("fraction_unbound", 0.5)
            .workflowVariable("molar_mass", 371.42)
            .csvReader(1, "data/kinase-panel.csv")
            .jakstatNode(2, DoseResponseFitterTestflowSettings.FACTORY, "Dose-Response Fitter",
                DoseResponseFitterTestflowSettings.kinasePanel())
            .bind(2, "rout_q", "rout_q_percent")
            .connect(1, 1, 2, 1);
        Set<String> panelColumns = Set.of("replicate", "concentration [nM]", "activity [% of control]");
        checked(w, 2, 1, 3, "expected-fit-results.csv", FIT, Set.of(), Set.of());
        checked(w, 2, 2, 5, "expected-fit-curves.csv", FIT, Set.of(), Set.of());
        checked(w, 2, 3, 7, "expected-fit-points.csv", FIT, panelColumns, Set.of());
        w.jakstatNode(9, DoseResponsePlotTestflowSettings.FACTORY, "Dose-Response Plot",
            DoseResponsePlotTestflowSettings.kinasePanelFit())
            .connect(2, 1, 9, 1).connect(2, 3, 9, 2)
            .jakstatNode(10, SelectivityTestflowSettings.SCORER, "Kinase Selectivity Scorer",
                SelectivityTestflowSettings.fitterIc50s())
            .bind(10, "reference_kinase", "reference_kinase")
            .connect(2, 1, 10, 1);
        checked(w, 10, 1, 11, "expected-scorer-profiles.csv", FIT, Set.of(), Set.of());
        checked(w, 10, 2, 13, "expected-scorer-folds.csv", FIT, Set.of(), Set.of());
        w.jakstatNode(15, SelectivityTestflowSettings.PATHWAYS, "Cytokine Pathway Coverage",
            SelectivityTestflowSettings.scorerAtLabelExposure())
            .bind(15, "fraction_unbound", "fraction_unbound")
            .connect(10, 1, 15, 1);
        checked(w, 15, 1, 16, "expected-pathways.csv", FIT, Set.of(), Set.of());
        w.csvReader(18, "data/pstat3-timecourse.csv")
            .jakstatNode(19, TimeCourseTestflowSettings.FACTORY, "PD Time-Course Analyzer",
                TimeCourseTestflowSettings.inhibitionWithoutDoseFit())
            .connect(18, 1, 19, 1);
        Normalization n = Normalization.PERCENT_INHIBITION;
        List<Map<String, Double>> pd = List.of(TimeCourseTestflowSettings.subjectEpsilons(n),
            TimeCourseTestflowSettings.perTimeEpsilons(n), TimeCourseTestflowSettings.metricEpsilons(), Map.of());
        String[] tables = {"subjects", "per-time", "metrics", "dose"};
        for (int t = 0; t < tables.length; t++) {
            String file = "expected-pstat3-" + tables[t] + ".csv";
            Set<String> ignored = t == 3 ? Set.of("Subjects", "Dose levels", "E0", "E0 SE", "Top", "Top SE", "Emax",
                "Hill", "Hill SE", "ED50 [mg]", "ED50 95 % CI low [mg]", "ED50 95 % CI high [mg]", "R2", "Sy.x")
                : Set.of();
            w.csvReader(20 + 2 * t, "data/" + file)
                .differenceChecker(21 + 2 * t, new TreeMap<>(pd.get(t)), new TreeSet<>(ignored))
                .connect(19, t + 1, 21 + 2 * t, 1).connect(20 + 2 * t, 1, 21 + 2 * t, 2);
        }
        w.jakstatNode(28, PkPdModelTestflowSettings.FACTORY, "PK/PD Model", PkPdModelTestflowSettings.fitPstat3())
            .bind(28, "fraction_unbound", "fraction_unbound")
            .bind(28, "molar_mass", "molar_mass")
            .connect(18, 1, 28, 2);
        checked(w, 28, 1, 29, "expected-pkpd-observations.csv", PKPD,
            Set.of("Dose [mg]", "Time [h]", "Observed Response", "Weight"), Set.of());
        Set<String> held = new TreeSet<>(Set.of("Iterations"));
        for (String p : List.of("ka [1/h]", "CL/F [L/h]", "V/F [L]", "tlag [h]", "Imax", "Hill")) {
            String name = p.contains(" [") ? p.substring(0, p.indexOf(" [")) : p;
            String unit = p.substring(name.length());
            held.addAll(List.of(name + " SE" + unit, name + " 95% CI lower" + unit, name + " 95% CI upper" + unit));
        }
        checked(w, 28, 2, 31, "expected-pkpd-fit.csv", PKPD, Set.of("tlag [h]", "Imax", "Hill"), held);
        return w;
    }

    /**
     * Tolerance of the Dose-Response Fitter's numbers and of everything computed from its IC50s (selectivity, pathway
     * coverage), as a fraction of each column's largest magnitude (at least 1): both least-squares solvers stop at
     * their convergence criteria on a flat sum-of-squares surface. The sums of squares agree to 1e-13 and the
     * parameters to about 1e-7 of their size (measured: at most 1.8e-7 of a column's scale, the IC80's upper
     * confidence limit), so 1e-6 leaves a margin without hiding a wrong formula, which shows at 1e-3 or more.
     */
    static final double FIT = 1e-6;

    /**
     * Tolerance of the PK/PD fit as a fraction of each column's largest magnitude: two parameters, well defined by 96
     * observations; the two solvers agree to 5e-9 of each column's scale (measured: the IC50's SE).
     */
    static final double PKPD = 1e-7;

    /**
     * A reader of an expected table at {@code reader}, and a checker at reader + 1 comparing node:port with it: every
     * column whose expected values are numbers other than integers within {@code relative} times its largest
     * magnitude (at least 1), the columns in {@code exact} (values passed through from the input, or held at a
     * setting), integers and text exactly, the {@code ignored} columns not at all.
     */
    private static void checked(final TestflowWriter w, final int node, final int port, final int reader,
        final String expected, final double relative, final Set<String> exact, final Set<String> ignored) {
        Map<String, Double> epsilons = new TreeMap<>();
        scales(expected).forEach((column, scale) -> {
            if (!exact.contains(column) && !ignored.contains(column)) {
                epsilons.put(column, relative * Math.max(1, scale));
            }
        });
        w.csvReader(reader, "data/" + expected)
            .differenceChecker(reader + 1, epsilons, new TreeSet<>(ignored))
            .connect(node, port, reader + 1, 1).connect(reader, 1, reader + 1, 2);
    }

    /** @return per column of an expected table that holds decimal numbers, its largest magnitude */
    private static Map<String, Double> scales(final String file) {
        Path p = TestflowsTest.testWorkflowsDir().resolve(NAME).resolve("data").resolve(file);
        List<List<String>> records = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#")) {
                    records.add(CsvReaderOutput.split(line, ',', '"'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Double> scales = new LinkedHashMap<>();
        List<String> header = records.get(0);
        for (int c = 0; c < header.size(); c++) {
            double max = 0;
            boolean decimal = false;
            boolean numeric = true;
            for (List<String> r : records.subList(1, records.size())) {
                String v = c < r.size() ? r.get(c) : "";
                if (v.isEmpty()) {
                    continue;
                }
                try {
                    max = Math.max(max, Math.abs(Double.parseDouble(v)));
                    decimal |= !v.matches("[+-]?\\d+");
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
            if (numeric && decimal) {
                scales.put(header.get(c), max);
            }
        }
        return scales;
    }
}
