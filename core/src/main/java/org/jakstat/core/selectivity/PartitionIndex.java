package org.jakstat.core.selectivity;

import java.util.List;

import org.jakstat.core.potency.Qualifier;

/**
 * Partition index of a reference kinase (Cheng et al. 2010 J Med Chem 53:4502): P = Ka<sub>ref</sub> / &Sigma; Ka,
 * Ka = 1/K, the fraction of inhibitor that would bind the reference in an equimolar mixture of the panel's kinases
 * (without ATP). 1 for a compound that binds only the reference, 1/n for n equipotent kinases.
 *
 * <p><b>Censored potencies.</b> P rises with Ka<sub>ref</sub> and falls with every other Ka, so each censored
 * potency pushes the true P one way from its value at the censoring limits: a '&lt;' reference or a '&gt;'
 * off-target up, a '&gt;' reference or a '&lt;' off-target down. When all push the same way, the value at the
 * limits is a bound ('&gt;=' or '&lt;='); when they disagree, P is undetermined.
 */
public final class PartitionIndex {

    /** The metric name used in results and column names. */
    public static final String NAME = "Partition index";

    private PartitionIndex() {
    }

    /**
     * @param associationConstants Ka per kinase, each &gt;= 0, sum &gt; 0
     * @param reference index of the reference kinase
     * @return Ka[reference] / &Sigma; Ka
     */
    public static double of(final double[] associationConstants, final int reference) {
        double[] w = CensoredWeights.scaledToMaximum(associationConstants, NAME);
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        return w[reference] / sum;
    }

    static SelectivityMetric of(final CensoredWeights ka, final int reference) {
        double value = of(ka.weights(), reference);
        boolean up = false;
        boolean down = false;
        for (int i = 0; i < ka.size(); i++) {
            CensoredWeights.Side side = ka.side(i);
            if (side == CensoredWeights.Side.EXACT) {
                continue;
            }
            boolean raisesIndex = (i == reference) == (side == CensoredWeights.Side.AT_LEAST);
            up |= raisesIndex;
            down |= !raisesIndex;
        }
        if (!up && !down) {
            return SelectivityMetric.of(NAME, CensoredValue.exact(value), List.of());
        }
        if (up && down) {
            return SelectivityMetric.undetermined(NAME, "undetermined: censored potencies push the partition index "
                + "both ways (value at the censoring limits " + ConcentrationText.number(value) + ")");
        }
        return SelectivityMetric.of(NAME, new CensoredValue(value, up ? Qualifier.GREATER_OR_EQUAL
            : Qualifier.LESS_OR_EQUAL), List.of((up ? "lower" : "upper") + " bound: computed at the censoring limits"));
    }
}
