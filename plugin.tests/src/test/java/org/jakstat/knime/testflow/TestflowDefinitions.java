package org.jakstat.knime.testflow;

import java.util.Map;
import java.util.function.Supplier;

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
        return Map.of("potency-converter", TestflowDefinitions::potencyConverter, "dose-response-fitter",
            DoseResponseTestflows::fitter, "dose-response-plot", DoseResponseTestflows::plot);
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
}
