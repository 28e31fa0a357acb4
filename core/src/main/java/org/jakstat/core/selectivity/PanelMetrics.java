package org.jakstat.core.selectivity;

import java.util.List;
import java.util.Optional;

/** The four panel metrics of one compound, computed over the panel kinases that have a potency. */
record PanelMetrics(SelectivityMetric entropy, SelectivityMetric partitionIndex, SelectivityMetric gini,
    SelectivityMetric selectivityScore) {

    static PanelMetrics compute(final List<KinasePotency> potencies, final Optional<Integer> reference,
        final ValueType comparedAs, final SelectivitySettings settings) {
        CensoredWeights ka = CensoredWeights.associationConstants(potencies);
        boolean single = potencies.size() == 1;
        String one = "one kinase has a potency: by definition ";
        SelectivityMetric entropy = single
            ? SelectivityMetric.of(SelectivityEntropy.NAME, CensoredValue.exact(0), List.of(one + "0"))
            : SelectivityEntropy.of(ka);
        SelectivityMetric partition = reference.map(r -> PartitionIndex.of(ka, r))
            .orElseGet(() -> SelectivityMetric.undetermined(PartitionIndex.NAME, "no reference kinase potency"));
        SelectivityMetric gini = single
            ? SelectivityMetric.of(GiniCoefficient.NAME, CensoredValue.exact(0), List.of(one + "0"))
            : gini(potencies, ka, settings);
        SelectivityMetric score = SelectivityScore.of(potencies, settings.sxThresholdMolar());
        if (comparedAs != ValueType.KD) {
            score = new SelectivityMetric(score.name(), score.value(), concat(score.notes(), "counted on "
                + comparedAs.label() + " values (Karaman 2008 and Davis 2011 count Kd)"));
        }
        return new PanelMetrics(entropy, partition, gini, score);
    }

    private static SelectivityMetric gini(final List<KinasePotency> potencies, final CensoredWeights ka,
        final SelectivitySettings settings) {
        if (settings.giniBasis() == GiniBasis.ASSOCIATION_CONSTANTS) {
            return GiniCoefficient.of(ka, "computed on Ka = 1/K (Ka-Gini, Uitdehaag & Zaman 2011)");
        }
        double test = settings.giniTestConcentrationMolar();
        return GiniCoefficient.of(CensoredWeights.percentInhibition(potencies, test), "computed on predicted % "
            + "inhibition at " + ConcentrationText.of(test) + ", 100 [I]/([I] + K) (Graczyk 2007)");
    }

    private static List<String> concat(final List<String> notes, final String more) {
        return java.util.stream.Stream.concat(notes.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
