package org.jakstat.core.selectivity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.potency.Qualifier;

/**
 * Gini coefficient of a kinase panel (Graczyk 2007 J Med Chem 50:5773): the values are ranked in ascending order,
 * their cumulative fraction of the total is plotted against the cumulative fraction of kinases (a Lorenz curve
 * through (0,0)), and G = 1 - 2 x (area under that curve, by the trapezoid rule). For sorted values x<sub>(1)</sub>
 * &lt;= ... &lt;= x<sub>(n)</sub> this equals G = 2 &Sigma; k x<sub>(k)</sub> / (n &Sigma; x) - (n + 1)/n.
 * 0 for a perfectly even panel; 1 - 1/n for a panel hit at one kinase only (the finite-panel maximum: 0.75 for the
 * four JAKs). Graczyk computed it on single-point % inhibition; see {@link GiniBasis} for potency panels.
 *
 * <p><b>Censored potencies.</b> With N = &Sigma;<sub>i,k</sub> |x<sub>i</sub> - x<sub>k</sub>| and G = N / (2 n
 * &Sigma; x), dG/dx<sub>j</sub> has the sign of 2 (b<sub>j</sub> - a<sub>j</sub>) &Sigma; x - N, with b, a the
 * numbers of values below and above x<sub>j</sub>. So lowering a value with at least as many values above it as
 * below raises G, and raising the largest value raises G (N &lt;= 2 (n - 1) &Sigma; x). The value at the censoring
 * limits is therefore a <i>lower</i> bound when every '&gt;' kinase has at least (n - 1)/2 uncensored or '&lt;'
 * kinases certainly above it, and at most one kinase is '&lt;' and it is the largest. Otherwise the metric is
 * reported undetermined: the conditions are sufficient, not necessary, so a bound is never claimed wrongly.
 */
public final class GiniCoefficient {

    /** The metric name used in results and column names. */
    public static final String NAME = "Gini coefficient";

    private GiniCoefficient() {
    }

    /**
     * @param values non-negative values (% inhibition, or Ka), at least one &gt; 0
     * @return the Gini coefficient, in [0, 1 - 1/n]
     */
    public static double of(final double[] values) {
        double[] x = CensoredWeights.scaledToMaximum(values, NAME);
        Arrays.sort(x);
        double total = 0;
        for (double v : x) {
            total += v;
        }
        double cumulative = 0;
        double previous = 0;
        double sumOfHeights = 0;
        for (double v : x) {
            cumulative += v;
            double current = cumulative / total;
            sumOfHeights += previous + current;
            previous = current;
        }
        // area under the Lorenz curve = (1/n) * sum (L_{k-1} + L_k) / 2, and G = 1 - 2 * area
        return Math.max(0.0, 1.0 - sumOfHeights / x.length);
    }

    static SelectivityMetric of(final CensoredWeights w, final String basisNote) {
        double value = of(w.weights());
        if (!w.anyCensored()) {
            return SelectivityMetric.of(NAME, CensoredValue.exact(value), List.of(basisNote));
        }
        if (w.atLeastWeightIsSoleMaximum() && weakCensoredSitLow(w)) {
            return SelectivityMetric.of(NAME, new CensoredValue(value, Qualifier.GREATER_OR_EQUAL), List.of(basisNote,
                "lower bound: computed at the censoring limits; the censored potencies can only make the panel more "
                    + "unequal (more selective) than this"));
        }
        return new SelectivityMetric(NAME, Optional.empty(), List.of(basisNote, "undetermined: a censored potency sits "
            + "too high in the panel for the Gini coefficient at the censoring limits ("
            + ConcentrationText.number(value) + ") to be known as a bound"));
    }

    private static boolean weakCensoredSitLow(final CensoredWeights w) {
        int n = w.size();
        for (int j = 0; j < n; j++) {
            if (w.side(j) != CensoredWeights.Side.AT_MOST) {
                continue;
            }
            int certainlyAbove = 0;
            for (int k = 0; k < n; k++) {
                if (k != j && w.side(k) != CensoredWeights.Side.AT_MOST && w.weight(k) > w.weight(j)) {
                    certainlyAbove++;
                }
            }
            if (certainlyAbove < (n - 1) / 2.0) {
                return false;
            }
        }
        return true;
    }
}
