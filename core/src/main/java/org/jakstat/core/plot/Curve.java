package org.jakstat.core.plot;

import java.util.Arrays;

/**
 * A line through (x, y) pairs in x order, e.g. a fitted curve on a grid. A NaN y is a gap.
 *
 * @param x the x values
 * @param y the y values, as many as x
 */
public record Curve(double[] x, double[] y) {

    /** Validates the lengths and keeps private copies. */
    public Curve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("a curve needs as many y as x values, got " + x.length + " and "
                + y.length);
        }
        x = x.clone();
        y = y.clone();
    }

    /**
     * @param from first x
     * @param to last x
     * @param points number of points, &ge; 2
     * @param logSpaced true to space the points evenly in log10 (for a log axis; needs {@code from, to > 0})
     * @param function y as a function of x
     * @return the function sampled on the grid
     */
    public static Curve sample(final double from, final double to, final int points, final boolean logSpaced,
        final java.util.function.DoubleUnaryOperator function) {
        if (points < 2) {
            throw new IllegalArgumentException("a curve needs at least 2 points, got " + points);
        }
        if (logSpaced && !(from > 0 && to > 0)) {
            throw new IllegalArgumentException("a log-spaced grid needs from, to > 0, got " + from + ", " + to);
        }
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int i = 0; i < points; i++) {
            double f = i / (double)(points - 1);
            xs[i] = logSpaced ? Math.pow(10, Math.log10(from) + f * (Math.log10(to) - Math.log10(from)))
                : from + f * (to - from);
            ys[i] = function.applyAsDouble(xs[i]);
        }
        return new Curve(xs, ys);
    }

    /** @return a copy of the x values */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** @return a copy of the y values */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** @return the number of points */
    public int size() {
        return x.length;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Curve c && Arrays.equals(x, c.x) && Arrays.equals(y, c.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Curve[" + x.length + " points]";
    }
}
