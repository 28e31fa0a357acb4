package org.jakstat.core.selectivity;

import java.util.List;

import org.jakstat.core.potency.Qualifier;

/**
 * Selectivity entropy (Uitdehaag &amp; Zaman 2011 BMC Bioinformatics 12:94, the entropy formula and its calculation
 * protocol): S<sub>sel</sub> = -&Sigma; p<sub>i</sub> ln p<sub>i</sub>, p<sub>i</sub> = Ka<sub>i</sub> /
 * &Sigma; Ka, Ka = 1/K. Dimensionless, natural logarithm; 0 for a single-target compound, ln n for n equipotent
 * kinases (the maximum for a panel of n). Reference-free, and invariant to a common factor on every K, which is why
 * the paper allows IC50s measured at [ATP] = Km,ATP in place of Kd (the Cheng-Prusoff factor 2 cancels).
 *
 * <p><b>Censored potencies.</b> Write w for the Ka values, W = &Sigma; w. Then dS/dw<sub>j</sub> =
 * (-S - ln p<sub>j</sub>) / W, so S rises with w<sub>j</sub> while p<sub>j</sub> &lt; e<sup>-S</sup> and falls once
 * p<sub>j</sub> &gt; e<sup>-S</sup>. Two sufficient conditions follow, under which the entropy at the censoring
 * limits is an <i>upper</i> bound (the compound is at least as selective as computed):
 * <ul>
 * <li>every '&gt;' kinase j (true Ka &lt;= its limit) satisfies w<sub>j</sub> / (w<sub>j</sub> + &Sigma; exact w
 * + &Sigma; '&lt;' limits) &lt;= 1/n: then p<sub>j</sub> &lt;= 1/n &lt;= e<sup>-S</sup> (as S &lt;= ln n) all the
 * way from its true Ka up to its limit, so raising it to the limit cannot lower S;</li>
 * <li>at most one '&lt;' kinase (true Ka &gt;= its limit), and at its limit it is already the most potent: a kinase
 * with the largest p has p &gt;= e<sup>-S</sup> (Shannon entropy is at least the min-entropy -ln max p), so
 * lowering it to its limit cannot lower S.</li>
 * </ul>
 * Unless both hold, the metric is reported as undetermined (the note gives the value at the limits, which is
 * then not known to be a bound). The conditions are sufficient, not necessary: a bound is never claimed wrongly,
 * but some panels that are in fact bounded are reported undetermined.
 */
public final class SelectivityEntropy {

    /** The metric name used in results and column names. */
    public static final String NAME = "Selectivity entropy";

    private SelectivityEntropy() {
    }

    /**
     * @param associationConstants Ka per kinase (any common unit, e.g. 1/M), each &gt;= 0, at least one &gt; 0
     * @return S<sub>sel</sub> = -&Sigma; p ln p with p = Ka / &Sigma; Ka (terms with p = 0 contribute 0)
     */
    public static double of(final double[] associationConstants) {
        double[] w = CensoredWeights.scaledToMaximum(associationConstants, NAME);
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double entropy = 0;
        for (double v : w) {
            double p = v / sum;
            if (p > 0) {
                entropy -= p * Math.log(p);
            }
        }
        return Math.max(0.0, entropy);
    }

    static SelectivityMetric of(final CensoredWeights ka) {
        double value = of(ka.weights());
        if (!ka.anyCensored()) {
            return SelectivityMetric.of(NAME, CensoredValue.exact(value), List.of());
        }
        if (weakCensoredNeverDominate(ka) && ka.atLeastWeightIsSoleMaximum()) {
            return SelectivityMetric.of(NAME, new CensoredValue(value, Qualifier.LESS_OR_EQUAL), List.of(
                "upper bound: computed at the censoring limits; the censored potencies can only make the compound "
                    + "more selective (lower entropy) than this"));
        }
        return SelectivityMetric.undetermined(NAME, "undetermined: a censored potency could dominate the panel, so "
            + "the entropy at the censoring limits (" + ConcentrationText.number(value) + ") is not known to bound it");
    }

    private static boolean weakCensoredNeverDominate(final CensoredWeights ka) {
        double others = ka.sum(CensoredWeights.Side.EXACT) + ka.sum(CensoredWeights.Side.AT_LEAST);
        int n = ka.size();
        for (int j = 0; j < n; j++) {
            if (ka.side(j) == CensoredWeights.Side.AT_MOST) {
                double w = ka.weight(j);
                if (w / (w + others) > 1.0 / n) {
                    return false;
                }
            }
        }
        return true;
    }
}
