package org.jakstat.core.selectivity;

import java.util.List;

/**
 * Per-kinase weights that grow with potency (Ka = 1/K, or % inhibition at a test concentration), evaluated at the
 * reported values, with the side on which each censored weight's true value lies. A '&gt;' potency (weaker than
 * reported) has a true weight at most the reported one; a '&lt;' potency a true weight at least the reported one.
 * The panel metrics use this to decide whether their value at the censoring limits is a bound.
 */
final class CensoredWeights {

    /** Where the true weight lies relative to the stored one. */
    enum Side {
        /** the stored weight is the estimate */
        EXACT,
        /** the true weight is at most the stored one (potency censored '&gt;' or '&gt;=') */
        AT_MOST,
        /** the true weight is at least the stored one (potency censored '&lt;' or '&lt;=') */
        AT_LEAST
    }

    private final double[] m_weights;

    private final Side[] m_sides;

    private CensoredWeights(final double[] weights, final Side[] sides) {
        m_weights = weights;
        m_sides = sides;
    }

    /** Ka = 1/K in M^-1 (Uitdehaag &amp; Zaman 2011; Cheng et al. 2010). */
    static CensoredWeights associationConstants(final List<KinasePotency> potencies) {
        double[] w = new double[potencies.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1.0 / potencies.get(i).molar().value();
        }
        return new CensoredWeights(w, sides(potencies));
    }

    /** 100 [I] / ([I] + K): predicted single-point % inhibition at [I] (see {@link GiniBasis}). */
    static CensoredWeights percentInhibition(final List<KinasePotency> potencies, final double testMolar) {
        double[] w = new double[potencies.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = 100 * testMolar / (testMolar + potencies.get(i).molar().value());
        }
        return new CensoredWeights(w, sides(potencies));
    }

    private static Side[] sides(final List<KinasePotency> potencies) {
        Side[] s = new Side[potencies.size()];
        for (int i = 0; i < s.length; i++) {
            var q = potencies.get(i).molar().qualifier();
            s[i] = q.isLowerBound() ? Side.AT_MOST : q.isUpperBound() ? Side.AT_LEAST : Side.EXACT;
        }
        return s;
    }

    /**
     * Checks raw panel values (Ka, or % inhibition) for a metric and scales them to a maximum of 1, so that sums
     * cannot overflow; every panel metric is invariant to that scale.
     *
     * @param values the values, finite and &gt;= 0, at least one &gt; 0
     * @param metric the metric's name, for the message
     * @return the values divided by their maximum
     */
    static double[] scaledToMaximum(final double[] values, final String metric) {
        double max = 0;
        for (double v : values) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(metric + " needs finite values >= 0, got " + v);
            }
            max = Math.max(max, v);
        }
        if (max == 0) {
            throw new IllegalArgumentException(metric + " needs at least one value > 0");
        }
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = values[i] / max;
        }
        return scaled;
    }

    int size() {
        return m_weights.length;
    }

    double weight(final int i) {
        return m_weights[i];
    }

    Side side(final int i) {
        return m_sides[i];
    }

    double[] weights() {
        return m_weights.clone();
    }

    boolean anyCensored() {
        for (Side s : m_sides) {
            if (s != Side.EXACT) {
                return true;
            }
        }
        return false;
    }

    /** Sum of the weights on the given side. */
    double sum(final Side side) {
        double sum = 0;
        for (int i = 0; i < m_weights.length; i++) {
            if (m_sides[i] == side) {
                sum += m_weights[i];
            }
        }
        return sum;
    }

    int count(final Side side) {
        int n = 0;
        for (Side s : m_sides) {
            n += s == side ? 1 : 0;
        }
        return n;
    }

    /**
     * True when there is at most one {@link Side#AT_LEAST} weight and it is at least every other stored weight: it
     * stays the largest however large its true value is.
     */
    boolean atLeastWeightIsSoleMaximum() {
        int count = count(Side.AT_LEAST);
        if (count == 0) {
            return true;
        }
        if (count > 1) {
            return false;
        }
        int j = indexOf(Side.AT_LEAST);
        for (int i = 0; i < m_weights.length; i++) {
            if (i != j && m_weights[i] > m_weights[j]) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(final Side side) {
        for (int i = 0; i < m_sides.length; i++) {
            if (m_sides[i] == side) {
                return i;
            }
        }
        return -1;
    }
}
