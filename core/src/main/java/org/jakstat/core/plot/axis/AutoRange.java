package org.jakstat.core.plot.axis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An axis range chosen from data, with an account of the values that could not be placed. Never throws on
 * data: NaN and infinite values are ignored, values &le; 0 are left off a log axis, a single distinct value is
 * widened symmetrically, and no usable value at all gives a default range ({@code [0, 1]} linear,
 * {@code [1, 10]} log), flagged as a fallback.
 *
 * @param range the range, padded
 * @param used how many values were placed
 * @param nonFinite how many values were NaN or infinite
 * @param nonPositive how many finite values were &le; 0 and so left off a log axis (0 on a linear axis)
 * @param fallback true when no value could be placed and the range is the default
 */
public record AutoRange(AxisRange range, int used, int nonFinite, int nonPositive, boolean fallback) {

    /** The default padding: 5 % of the data span on each side. */
    public static final double DEFAULT_PADDING = 0.05;

    /** Validates the counts. */
    public AutoRange {
        Objects.requireNonNull(range, "range");
        if (used < 0 || nonFinite < 0 || nonPositive < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /**
     * @param values the data values (any, including NaN and values &le; 0)
     * @param scale the axis scale
     * @param padding fraction of the span added on each side (in log space on a log axis), &ge; 0
     * @return the range and what was left out
     */
    public static AutoRange of(final double[] values, final AxisScale scale, final double padding) {
        if (!(padding >= 0) || !Double.isFinite(padding)) {
            throw new IllegalArgumentException("padding must be finite and >= 0, got " + padding);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int used = 0;
        int nonFinite = 0;
        int nonPositive = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                nonFinite++;
            } else if (!scale.accepts(v)) {
                nonPositive++;
            } else {
                double w = scale.forward(v);
                lo = Math.min(lo, w);
                hi = Math.max(hi, w);
                used++;
            }
        }
        if (used == 0) {
            AxisRange fallback = scale == AxisScale.LINEAR ? new AxisRange(0, 1) : new AxisRange(1, 10);
            return new AutoRange(fallback, 0, nonFinite, nonPositive, true);
        }
        return new AutoRange(padded(lo, hi, scale, padding), used, nonFinite, nonPositive, false);
    }

    private static AxisRange padded(final double lo, final double hi, final AxisScale scale, final double padding) {
        double low;
        double high;
        if (hi - lo <= Math.ulp(Math.max(Math.abs(lo), Math.abs(hi))) * 4) {
            // a single distinct value: half a decade each side on a log axis, 10 % (or 1 around zero) on linear
            double half = scale == AxisScale.LOG10 ? 0.5 : (lo == 0 ? 1 : Math.abs(lo) * 0.1);
            low = lo - half;
            high = hi + half;
        } else {
            double pad = (hi - lo) * padding;
            low = lo - pad;
            high = hi + pad;
        }
        double min = representable(scale.inverse(low), scale);
        double max = representable(scale.inverse(high), scale);
        if (isValid(min, max)) {
            return new AxisRange(min, max);
        }
        // values near the limits of double: the padded span overflowed, fall back to the raw extent
        min = scale.inverse(lo);
        max = scale.inverse(hi);
        if (isValid(min, max)) {
            return new AxisRange(min, max);
        }
        return min == max ? new AxisRange(Math.nextDown(min), min)
            : new AxisRange(-Double.MAX_VALUE / 2, Double.MAX_VALUE / 2);
    }

    /** Clamps an overflowed end to the largest double, and an underflowed log end to the smallest above 0. */
    private static double representable(final double v, final AxisScale scale) {
        double finite = Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, v));
        return scale == AxisScale.LOG10 ? Math.max(Double.MIN_VALUE, finite) : finite;
    }

    private static boolean isValid(final double min, final double max) {
        return min < max && Double.isFinite(max - min);
    }

    /**
     * Sentences for a chart's footnote or a node warning, e.g. "2 values ≤ 0 not shown on the log x axis".
     *
     * @param axisName how to call the axis, e.g. "x"
     * @return one sentence per kind of value left out; empty when everything was placed
     */
    public List<String> notes(final String axisName) {
        List<String> notes = new ArrayList<>();
        if (nonPositive > 0) {
            notes.add(count(nonPositive) + " \u2264 0 not shown on the log " + axisName + " axis");
        }
        if (nonFinite > 0) {
            notes.add(count(nonFinite) + " missing or not finite on the " + axisName + " axis");
        }
        return notes;
    }

    private static String count(final int n) {
        return n == 1 ? "1 value" : n + " values";
    }
}
