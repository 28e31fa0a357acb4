package org.jakstat.knime.testflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jakstat.knime.pkpd.PkPdModelTestflowSettings;
import org.jakstat.knime.potency.PotencyConverterTestflowSettings;
import org.jakstat.knime.selectivity.SelectivityTestflowSettings;
import org.jakstat.core.timecourse.Normalization;
import org.jakstat.knime.timecourse.TimeCourseTestflowSettings;
import org.knime.core.node.NodeSettingsWO;

/**
 * The test workflows under {@code test-workflows/}, defined in code so their settings.xml files always use the
 * nodes' current keys. Regenerate the folders with
 * {@code ./mvnw -B verify -Djakstat.regenerateTestflows=true}; a test fails when a committed file differs from its
 * definition. Data and expected tables ({@code data/*.csv}) are not generated: they are written by hand or by an
 * independent reference script kept beside them.
 */
final class TestflowDefinitions {

    private TestflowDefinitions() {
    }

    /** @return every definition by workflow folder name */
    static Map<String, Supplier<TestflowWriter>> all() {
        return Map.of("potency-converter", TestflowDefinitions::potencyConverter,
            "dose-response-fitter", DoseResponseTestflows::fitter,
            "dose-response-plot", DoseResponseTestflows::plot,
            "selectivity-scorer", TestflowDefinitions::selectivityScorer,
            "pathway-coverage", TestflowDefinitions::pathwayCoverage,
            "pd-time-course", TestflowDefinitions::pdTimeCourse,
            "pkpd-model", TestflowDefinitions::pkpdModel);
    }

    /**
     * Potency Converter: baricitinib's label IC50s and bad rows, to pIC50 (node 2) and by Cheng-Prusoff to Ki
     * (node 5); each output compared with a reference computed by {@code data/make_expected.py}.
     */
    private static TestflowWriter potencyConverter() {
        return new TestflowWriter()
            .csvReader(1, "data/potencies.csv")
            .jakstatNode(2, PotencyConverterTestflowSettings.FACTORY, "Potency Converter",
                PotencyConverterTestflowSettings.toPic50())
            .csvReader(3, "data/expected-pic50.csv")
            .differenceChecker(4, Map.of("pIC50", 1e-12))
            .jakstatNode(5, PotencyConverterTestflowSettings.FACTORY, "Potency Converter",
                PotencyConverterTestflowSettings.toKiFromColumns())
            .csvReader(6, "data/expected-ki.csv")
            .differenceChecker(7, Map.of("Ki [nM]", 1e-12))
            .connect(1, 1, 2, 1).connect(2, 1, 4, 1).connect(3, 1, 4, 2)
            .connect(1, 1, 5, 1).connect(5, 1, 7, 1).connect(6, 1, 7, 2);
    }

    /** Absolute tolerance of computed numbers against the decimal reference: a few ulps of values up to ~1e3. */
    private static final double EPSILON = 1e-12;

    /**
     * Kinase Selectivity Scorer: the same long table scored with JAK1 as fixed reference on IC50s (node 3), and with
     * the most potent kinase as reference, [ATP] per row and the Km,ATP table for Cheng-Prusoff (node 8); both
     * outputs of each compared with references computed by {@code data/make_expected.py}.
     */
    private static TestflowWriter selectivityScorer() {
        return new TestflowWriter()
            .csvReader(1, "data/potencies.csv")
            .csvReader(2, "data/km-atp.csv")
            .jakstatNode(3, SelectivityTestflowSettings.SCORER, "Kinase Selectivity Scorer",
                SelectivityTestflowSettings.jak1Reference())
            .csvReader(4, "data/expected-jak1-profiles.csv")
            .differenceChecker(5, scorerProfileEpsilons("IC50 [nM]", "pIC50"))
            .csvReader(6, "data/expected-jak1-folds.csv")
            .differenceChecker(7, Map.of("Fold A/B", EPSILON))
            .jakstatNode(8, SelectivityTestflowSettings.SCORER, "Kinase Selectivity Scorer",
                SelectivityTestflowSettings.mostPotentWithChengPrusoff())
            .csvReader(9, "data/expected-cp-profiles.csv")
            .differenceChecker(10, scorerProfileEpsilons("potency [nM]", "pX"))
            .csvReader(11, "data/expected-cp-folds.csv")
            .differenceChecker(12, Map.of("Fold A/B", EPSILON))
            .connect(1, 1, 3, 1).connect(3, 1, 5, 1).connect(4, 1, 5, 2).connect(3, 2, 7, 1).connect(6, 1, 7, 2)
            .connect(1, 1, 8, 1).connect(2, 1, 8, 2).connect(8, 1, 10, 1).connect(9, 1, 10, 2).connect(8, 2, 12, 1)
            .connect(11, 1, 12, 2);
    }

    /** The numeric columns of the scorer's first output for the JAK panel. */
    private static Map<String, Double> scorerProfileEpsilons(final String linear, final String px) {
        Map<String, Double> eps = new LinkedHashMap<>();
        for (String k : List.of("JAK1", "JAK2", "JAK3", "TYK2")) {
            for (String column : List.of(k + " " + linear, k + " " + px, k + " fold over reference")) {
                eps.put(column, EPSILON);
            }
        }
        for (String metric : List.of("Selectivity entropy", "Partition index", "Gini coefficient", "S(3 uM)")) {
            eps.put(metric, EPSILON);
        }
        return eps;
    }

    /**
     * Cytokine Pathway Coverage: scorer-layout potencies with cellular IC50s at fixed concentrations under both
     * combination rules (nodes 3 and 6), and long-layout potencies over per-subject concentration-time courses with an
     * own pathway table (node 12); each output compared with a reference computed by {@code data/make_expected.py}.
     * Tolerances: % inhibition to 1e-12 (values up to 100, double rounding); the pathway IC50 to 1e-10 nM (Brent's
     * method to ~1e-13 relative on values up to ~50 nM) and the times to 1e-9 h (they follow it through the crossing
     * interpolation); the average inhibition to 1e-8 percentage points, the target of core's quadrature.
     */
    private static TestflowWriter pathwayCoverage() {
        Map<String, Double> fixed = Map.of("Predicted inhibition [%]", EPSILON, "Total concentration [nM]", EPSILON,
            "Free concentration [nM]", EPSILON);
        Map<String, Double> course = new LinkedHashMap<>();
        course.put("Pathway IC50 (total) [nM]", 1e-10);
        course.put("Time above 50 % inhibition [h]", 1e-9);
        course.put("Time above pathway IC50 [h]", 1e-9);
        course.put("Average inhibition [%]", 1e-8);
        course.put("Interval start [h]", EPSILON);
        course.put("Interval end [h]", EPSILON);
        return new TestflowWriter()
            .csvReader(1, "data/scorer-potencies.csv")
            .csvReader(2, "data/cellular-ic50.csv")
            .jakstatNode(3, SelectivityTestflowSettings.PATHWAYS, "Cytokine Pathway Coverage",
                SelectivityTestflowSettings.fixedConcentrations("either JAK blocks"))
            .csvReader(4, "data/expected-either.csv")
            .differenceChecker(5, new TreeMap<>(fixed))
            .jakstatNode(6, SelectivityTestflowSettings.PATHWAYS, "Cytokine Pathway Coverage",
                SelectivityTestflowSettings.fixedConcentrations("most potent JAK dominates"))
            .csvReader(7, "data/expected-max.csv")
            .differenceChecker(8, new TreeMap<>(fixed))
            .csvReader(9, "data/long-potencies.csv")
            .csvReader(10, "data/course.csv")
            .csvReader(11, "data/pathways.csv")
            .jakstatNode(12, SelectivityTestflowSettings.PATHWAYS, "Cytokine Pathway Coverage",
                SelectivityTestflowSettings.timeCourse())
            .csvReader(13, "data/expected-time.csv")
            .differenceChecker(14, course)
            .connect(1, 1, 3, 1).connect(2, 1, 3, 4).connect(3, 1, 5, 1).connect(4, 1, 5, 2)
            .connect(1, 1, 6, 1).connect(2, 1, 6, 4).connect(6, 1, 8, 1).connect(7, 1, 8, 2)
            .connect(9, 1, 12, 1).connect(10, 1, 12, 2).connect(11, 1, 12, 3).connect(12, 1, 14, 1)
            .connect(13, 1, 14, 2);
    }

    /**
     * PD Time-Course Analyzer on a simulated pSTAT3 study with deliberate bad data: % inhibition with linear
     * trapezoids and Rmax against dose (node 2), % inhibition with linear-up/log-down and AUEC against dose, whose
     * ED50 is censored above the highest dose (node 11), and placebo-adjusted change with Rmin against dose (node
     * 20); each of the four tables of each node compared with a reference computed by {@code data/make_expected.py}.
     */
    private static TestflowWriter pdTimeCourse() {
        TestflowWriter w = new TestflowWriter().csvReader(1, "data/pstat.csv");
        analyzer(w, 2, "inhibition", TimeCourseTestflowSettings.inhibition(), Normalization.PERCENT_INHIBITION,
            "% inhibition", 100);
        analyzer(w, 11, "logdown", TimeCourseTestflowSettings.inhibitionLogDown(), Normalization.PERCENT_INHIBITION,
            "% inhibition\u00b7h", 2000);
        analyzer(w, 20, "placebo", TimeCourseTestflowSettings.placeboAdjusted(), Normalization.PLACEBO_ADJUSTED,
            "change vs placebo", 1000);
        return w;
    }

    /** Adds an analyzer node {@code id} reading node 1, and for each of its tables a reader and a checker. */
    private static void analyzer(final TestflowWriter w, final int id, final String name,
        final Consumer<NodeSettingsWO> settings, final Normalization n, final String metricUnit,
        final double metricScale) {
        w.jakstatNode(id, TimeCourseTestflowSettings.FACTORY, "PD Time-Course Analyzer", settings).connect(1, 1, id, 1);
        List<String> tables = List.of("subjects", "per-time", "metrics", "dose");
        List<Map<String, Double>> epsilons = List.of(TimeCourseTestflowSettings.subjectEpsilons(n),
            TimeCourseTestflowSettings.perTimeEpsilons(n), TimeCourseTestflowSettings.metricEpsilons(),
            TimeCourseTestflowSettings.doseEpsilons(metricUnit, metricScale));
        for (int t = 0; t < tables.size(); t++) {
            int reader = id + 1 + t;
            int checker = id + 5 + t;
            w.csvReader(reader, "data/expected-" + name + "-" + tables.get(t) + ".csv")
                .differenceChecker(checker, epsilons.get(t))
                .connect(id, t + 1, checker, 1).connect(reader, 1, checker, 2);
        }
    }

    /**
     * PK/PD Model: baricitinib 2 mg and 4 mg once daily for a week from the label PK (node 2, mode Simulate; a
     * scenario without a dose is a FAILED summary row), and a fit of E0, Imax, IC50 and Hill to observed responses
     * with the PK held (node 8, mode Fit; a row without a value and one without a dose are reported as excluded).
     * Every output compared with references computed by {@code data/make_expected.py} (closed forms, Python math;
     * the fit by its own Gauss-Newton). Tolerances: 1e-12 for concentrations [mg/L] and exact times; 1e-9 for nM
     * and % values; 1e-8 for Tmax,ss and the time above IC50 (Brent's optimiser and root finder at 1e-12); 1e-6
     * for the average inhibition (the node's Simpson rule on 2400 cells against the reference's 200000) and for
     * the fit (two independent solvers, both converged to far below the SEs). Ignored: the iteration count (solver
     * specific) and the SE/CI columns of held parameters (missing in every row, so a CSV reader types them as
     * string).
     */
    private static TestflowWriter pkpdModel() {
        Map<String, Double> course = new TreeMap<>(Map.of("Dose [mg]", 0.0, "Time [h]", 0.0,
            "C total [mg/L]", 1e-12, "C free [mg/L]", 1e-12, "C free [nM]", 1e-9, "Response", 1e-9,
            "Inhibition [%]", 1e-9));
        Map<String, Double> summary = new TreeMap<>(Map.of("Dose [mg]", 0.0, "Interval [h]", 0.0,
            "Cmax [mg/L]", 1e-12, "Tmax [h]", 0.0, "Cmax,ss [mg/L]", 1e-12, "Tmax,ss [h]", 1e-8,
            "Cmin,ss [mg/L]", 1e-12, "Cavg,ss [mg/L]", 1e-12, "AUCtau,ss [mg*h/L]", 1e-10,
            "Accumulation ratio", 1e-12));
        summary.putAll(Map.of("Cmax,ss free [nM]", 1e-9, "Cmin,ss free [nM]", 1e-9, "Max inhibition [%]", 1e-9,
            "Time of max inhibition [h]", 0.0, "Time above IC50,ss [h]", 1e-8, "Average inhibition,ss [%]", 1e-6,
            "Max inhibition,ss [%]", 1e-9, "Time of max inhibition,ss [h]", 1e-12));
        Map<String, Double> observations = new TreeMap<>(Map.of("Dose [mg]", 0.0, "Time [h]", 0.0,
            "Observed Response", 0.0, "Predicted Response", 1e-6, "Residual", 1e-6, "Weight", 0.0));
        Map<String, Double> fit = new TreeMap<>(Map.of("ka [1/h]", 1e-12, "CL/F [L/h]", 1e-12, "V/F [L]", 1e-12,
            "tlag [h]", 0.0, "R2", 1e-9, "Adjusted R2", 1e-9, "Sy.x", 1e-6, "AICc", 1e-6, "RSS", 1e-6));
        Set<String> ignored = new java.util.TreeSet<>(Set.of("Iterations"));
        for (String p : new String[] {"ka", "CL/F", "V/F", "tlag"}) {
            String unit = switch (p) {
                case "ka" -> " [1/h]";
                case "CL/F" -> " [L/h]";
                case "V/F" -> " [L]";
                default -> " [h]";
            };
            ignored.addAll(Set.of(p + " SE" + unit, p + " 95% CI lower" + unit, p + " 95% CI upper" + unit));
        }
        for (String p : new String[] {"E0", "Imax", "IC50", "Hill"}) {
            String unit = p.equals("IC50") ? " [nM]" : "";
            for (String part : new String[] {"", " SE", " 95% CI lower", " 95% CI upper"}) {
                fit.put(p + part + unit, 1e-6);
            }
        }
        return new TestflowWriter()
            .csvReader(1, "data/scenarios.csv")
            .jakstatNode(2, PkPdModelTestflowSettings.FACTORY, "PK/PD Model", PkPdModelTestflowSettings.simulate())
            .csvReader(3, "data/expected-timecourse.csv")
            .differenceChecker(4, course)
            .csvReader(5, "data/expected-summary.csv")
            .differenceChecker(6, summary)
            .csvReader(7, "data/observed.csv")
            .jakstatNode(8, PkPdModelTestflowSettings.FACTORY, "PK/PD Model", PkPdModelTestflowSettings.fit())
            .csvReader(9, "data/expected-observations.csv")
            .differenceChecker(10, observations)
            .csvReader(11, "data/expected-fit.csv")
            .differenceChecker(12, fit, ignored)
            .connect(1, 1, 2, 1).connect(2, 1, 4, 1).connect(3, 1, 4, 2).connect(2, 2, 6, 1).connect(5, 1, 6, 2)
            .connect(7, 1, 8, 2).connect(8, 1, 10, 1).connect(9, 1, 10, 2).connect(8, 2, 12, 1).connect(11, 1, 12, 2);
    }
}
