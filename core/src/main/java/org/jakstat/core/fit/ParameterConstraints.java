package org.jakstat.core.fit;

import java.util.Arrays;

/**
 * Which parameters are fixed (held at their start value) and the box bounds of the free ones. Bounds are
 * inclusive; use infinities for "no bound". Arrays are copied on the way in and out.
 *
 * @param fixed per parameter, true when it is held at its start value
 * @param lower per parameter, the lower bound ({@code -Infinity} for none)
 * @param upper per parameter, the upper bound ({@code +Infinity} for none)
 */
public record ParameterConstraints(boolean[] fixed, double[] lower, double[] upper) {

    /** Validates that the three arrays have one entry per parameter and that {@code lower <= upper}. */
    public ParameterConstraints {
        if (fixed == null || lower == null || upper == null) {
            throw new IllegalArgumentException("fixed, lower and upper must not be null");
        }
        if (fixed.length != lower.length || lower.length != upper.length) {
            throw new IllegalArgumentException("fixed, lower and upper must have one entry per parameter");
        }
        for (int j = 0; j < lower.length; j++) {
            if (Double.isNaN(lower[j]) || Double.isNaN(upper[j]) || lower[j] > upper[j]) {
                throw new IllegalArgumentException("bounds of parameter " + j + " must satisfy lower <= upper");
            }
        }
        fixed = fixed.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    /**
     * @param parameterCount number of parameters
     * @return constraints with every parameter free and unbounded
     */
    public static ParameterConstraints none(int parameterCount) {
        double[] lo = new double[parameterCount];
        double[] hi = new double[parameterCount];
        Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        return new ParameterConstraints(new boolean[parameterCount], lo, hi);
    }

    /**
     * @param index parameter index
     * @return a copy in which parameter {@code index} is fixed at its start value
     */
    public ParameterConstraints withFixed(int index) {
        boolean[] f = fixed.clone();
        f[index] = true;
        return new ParameterConstraints(f, lower, upper);
    }

    /**
     * @param index parameter index
     * @param lo    inclusive lower bound
     * @param hi    inclusive upper bound
     * @return a copy with the bounds of parameter {@code index} replaced
     */
    public ParameterConstraints withBounds(int index, double lo, double hi) {
        double[] l = lower.clone();
        double[] h = upper.clone();
        l[index] = lo;
        h[index] = hi;
        return new ParameterConstraints(fixed, l, h);
    }

    /** @return the number of parameters */
    public int parameterCount() {
        return fixed.length;
    }

    /** @return the number of parameters that are not fixed */
    public int freeCount() {
        int n = 0;
        for (boolean f : fixed) {
            n += f ? 0 : 1;
        }
        return n;
    }

    /** @param index parameter index @return whether it is fixed */
    public boolean isFixed(int index) {
        return fixed[index];
    }

    /** @param index parameter index @return its lower bound */
    public double lowerBound(int index) {
        return lower[index];
    }

    /** @param index parameter index @return its upper bound */
    public double upperBound(int index) {
        return upper[index];
    }

    @Override
    public boolean[] fixed() {
        return fixed.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterConstraints c && Arrays.equals(fixed, c.fixed)
                && Arrays.equals(lower, c.lower) && Arrays.equals(upper, c.upper);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(fixed) + Arrays.hashCode(lower)) + Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        return "ParameterConstraints[fixed=" + Arrays.toString(fixed) + ", lower=" + Arrays.toString(lower)
                + ", upper=" + Arrays.toString(upper) + "]";
    }
}
