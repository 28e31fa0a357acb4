package org.jakstat.knime.testflow;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jakstat.knime.pkpd.PkPdModelTestflowSettings;
import org.jakstat.knime.potency.PotencyConverterTestflowSettings;

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
        Map<String, Double> course = Map.of("Dose [mg]", 0.0, "Time [h]", 0.0, "C total [mg/L]", 1e-12,
            "C free [mg/L]", 1e-12, "C free [nM]", 1e-9, "Response", 1e-9, "Inhibition [%]", 1e-9);
        Map<String, Double> summary = new HashMap<>(Map.of("Dose [mg]", 0.0, "Interval [h]", 0.0,
            "Cmax [mg/L]", 1e-12, "Tmax [h]", 0.0, "Cmax,ss [mg/L]", 1e-12, "Tmax,ss [h]", 1e-8,
            "Cmin,ss [mg/L]", 1e-12, "Cavg,ss [mg/L]", 1e-12, "AUCtau,ss [mg*h/L]", 1e-10, "Accumulation ratio", 1e-12));
        summary.putAll(Map.of("Cmax,ss free [nM]", 1e-9, "Cmin,ss free [nM]", 1e-9, "Max inhibition [%]", 1e-9,
            "Time of max inhibition [h]", 0.0, "Time above IC50,ss [h]", 1e-8, "Average inhibition,ss [%]", 1e-6,
            "Max inhibition,ss [%]", 1e-9, "Time of max inhibition,ss [h]", 1e-12));
        Map<String, Double> observations = Map.of("Dose [mg]", 0.0, "Time [h]", 0.0, "Observed Response", 0.0,
            "Predicted Response", 1e-6, "Residual", 1e-6, "Weight", 0.0);
        Map<String, Double> fit = new HashMap<>(Map.of("ka [1/h]", 1e-12, "CL/F [L/h]", 1e-12, "V/F [L]", 1e-12,
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
