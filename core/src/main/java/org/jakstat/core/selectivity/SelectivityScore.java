package org.jakstat.core.selectivity;

import java.util.List;

import org.jakstat.core.potency.Qualifier;

/**
 * Selectivity score S(x) (Karaman et al. 2008 Nat Biotechnol 26:127; Davis et al. 2011 Nat Biotechnol 29:1046):
 * the fraction of tested kinases bound with a potency value below x, S(x) = #{K &lt; x} / n, with n the number of
 * panel kinases that have a potency. Those papers use Kd; on an IC50 or Ki panel the same count is made on the
 * compared value type (the profile says which).
 *
 * <p><b>Censored potencies.</b> A censored potency is counted only when its side of x is certain ('&gt;500 nM' is
 * not a hit at x = 100 nM; '&lt;10 nM' is). A potency whose bound straddles x ('&gt;50 nM' at x = 100 nM) may or may
 * not be a hit; then S(x) is reported as a lower bound (the certain hits) and the note gives the upper bound.
 */
public final class SelectivityScore {

    /** The metric name used in results and column names. */
    public static final String NAME = "S(x)";

    private SelectivityScore() {
    }

    /**
     * @param potenciesMolar potency values in M (uncensored)
     * @param thresholdMolar x in M
     * @return the fraction of values below x
     */
    public static double of(final double[] potenciesMolar, final double thresholdMolar) {
        if (potenciesMolar.length == 0) {
            throw new IllegalArgumentException("S(x) needs at least one kinase");
        }
        int hits = 0;
        for (double k : potenciesMolar) {
            hits += k < thresholdMolar ? 1 : 0;
        }
        return (double) hits / potenciesMolar.length;
    }

    static SelectivityMetric of(final List<KinasePotency> potencies, final double thresholdMolar) {
        int hits = 0;
        int uncertain = 0;
        for (KinasePotency p : potencies) {
            switch (classify(p.molar(), thresholdMolar)) {
                case HIT:
                    hits++;
                    break;
                case UNCERTAIN:
                    uncertain++;
                    break;
                default:
                    break;
            }
        }
        int n = potencies.size();
        double value = (double) hits / n;
        String definition = "x = " + ConcentrationText.of(thresholdMolar) + ", n = " + n;
        if (uncertain == 0) {
            return SelectivityMetric.of(NAME, CensoredValue.exact(value), List.of(definition));
        }
        double upper = (double) (hits + uncertain) / n;
        return SelectivityMetric.of(NAME, new CensoredValue(value, Qualifier.GREATER_OR_EQUAL), List.of(definition,
            "lower bound: " + uncertain + " censored potenc" + (uncertain == 1 ? "y straddles" : "ies straddle")
                + " x; S(x) is at most " + ConcentrationText.number(upper)));
    }

    private enum Hit {
        HIT, MISS, UNCERTAIN
    }

    private static Hit classify(final CensoredValue k, final double x) {
        double v = k.value();
        switch (k.qualifier()) {
            case GREATER:
            case GREATER_OR_EQUAL:
                return v >= x ? Hit.MISS : Hit.UNCERTAIN;
            case LESS:
                return v <= x ? Hit.HIT : Hit.UNCERTAIN;
            case LESS_OR_EQUAL:
                return v < x ? Hit.HIT : Hit.UNCERTAIN;
            default:
                return v < x ? Hit.HIT : Hit.MISS;
        }
    }
}
