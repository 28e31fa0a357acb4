package org.jakstat.core.plot;

import java.util.Arrays;

/**
 * A shaded region between a lower and an upper curve on a common x grid, e.g. a 95 % confidence band. Where a
 * bound is NaN the band has a gap.
 *
 * @param x the x values
 * @param lower the lower bound at each x
 * @param upper the upper bound at each x
 */
public record Band(double[] x, double[] lower, double[] upper) {

    /** Validates the lengths and keeps private copies. */
    public Band {
        if (x.length != lower.length || x.length != upper.length) {
            throw new IllegalArgumentException("a band needs one lower and one upper value per x, got " + x.length
                + ", " + lower.length + ", " + upper.length);
        }
        x = x.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    /** @return a copy of the x values */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** @return a copy of the lower bounds */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** @return a copy of the upper bounds */
    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** @return the number of grid points */
    public int size() {
        return x.length;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Band b && Arrays.equals(x, b.x) && Arrays.equals(lower, b.lower)
            && Arrays.equals(upper, b.upper);
    }

    @Override
    public int hashCode() {
        return (31 * Arrays.hashCode(x) + Arrays.hashCode(lower)) * 31 + Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        return "Band[" + x.length + " points]";
    }
}
