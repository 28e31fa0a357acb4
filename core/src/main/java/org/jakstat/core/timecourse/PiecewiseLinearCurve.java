package org.jakstat.core.timecourse;

import java.util.Arrays;
import java.util.Optional;

/**
 * A curve through sampled points (t<sub>i</sub>, y<sub>i</sub>), linear between neighbouring samples: the curve
 * that the linear trapezoidal rule integrates exactly. Times are in any unit (Jakstat's convention is hours);
 * every time-valued result is in that unit. The curve is defined on [t<sub>0</sub>, t<sub>n-1</sub>] only and
 * never extrapolated.
 *
 * <p>Immutable: the arrays are copied in and out.
 */
public final class PiecewiseLinearCurve {

    private final double[] m_times;

    private final double[] m_values;

    private PiecewiseLinearCurve(final double[] times, final double[] values) {
        m_times = times;
        m_values = values;
    }

    /**
     * Checks sampled points before building a curve: at least two samples, arrays of equal length, finite
     * values, strictly increasing finite times.
     *
     * @param times sample times
     * @param values sample values
     * @return why the samples cannot form a curve, empty when they can
     */
    public static Optional<String> problemWith(final double[] times, final double[] values) {
        if (times == null || values == null) {
            return Optional.of("times and values are required");
        }
        if (times.length != values.length) {
            return Optional.of("times and values differ in length (" + times.length + " vs " + values.length + ")");
        }
        if (times.length < 2) {
            return Optional.of("a time course needs at least 2 samples, got " + times.length);
        }
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i])) {
                return Optional.of("time " + (i + 1) + " is not a finite number (" + times[i] + ")");
            }
            if (!Double.isFinite(values[i])) {
                return Optional.of("value " + (i + 1) + " is not a finite number (" + values[i] + ")");
            }
            if (i > 0 && times[i] <= times[i - 1]) {
                return Optional.of("times must increase strictly: time " + (i + 1) + " (" + times[i]
                    + ") follows " + times[i - 1]);
            }
        }
        return Optional.empty();
    }

    /**
     * @param times strictly increasing sample times
     * @param values the sampled values
     * @return the curve through the samples
     * @throws IllegalArgumentException with the reason of {@link #problemWith(double[], double[])}
     */
    public static PiecewiseLinearCurve of(final double[] times, final double[] values) {
        Optional<String> problem = problemWith(times, values);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return new PiecewiseLinearCurve(times.clone(), values.clone());
    }

    /** @return the number of samples */
    public int size() {
        return m_times.length;
    }

    /** @return a copy of the sample times */
    public double[] times() {
        return m_times.clone();
    }

    /** @return a copy of the sample values */
    public double[] values() {
        return m_values.clone();
    }

    /** @return the first sample time */
    public double start() {
        return m_times[0];
    }

    /** @return the last sample time */
    public double end() {
        return m_times[m_times.length - 1];
    }

    /**
     * @param from interval start
     * @param to interval end
     * @return true when [from, to] is a non-empty interval inside [start, end]
     */
    public boolean covers(final double from, final double to) {
        return from >= start() && to <= end() && from <= to;
    }

    /**
     * @param t a time in [start, end]
     * @return the linearly interpolated value at t
     */
    public double valueAt(final double t) {
        requireInside(t, t);
        int i = Arrays.binarySearch(m_times, t);
        if (i >= 0) {
            return m_values[i];
        }
        int right = -i - 1;
        return interpolate(right - 1, t);
    }

    /**
     * The exact integral of the curve over [from, to]: the linear trapezoidal rule over the samples inside, with
     * interpolated values at the interval ends.
     *
     * @param from interval start, inside [start, end]
     * @param to interval end, from &lt;= to &lt;= end
     * @return the area under the curve (value unit x time unit)
     */
    public double integral(final double from, final double to) {
        return sumOverSegments(from, to, (a, ya, b, yb) -> 0.5 * (ya + yb) * (b - a));
    }

    /**
     * The time-average of the curve over [from, to]: {@link #integral(double, double)} / (to - from).
     *
     * @param from interval start, inside [start, end]
     * @param to interval end, from &lt; to &lt;= end
     * @return the average value
     */
    public double average(final double from, final double to) {
        requireInside(from, to);
        if (!(to > from)) {
            throw new IllegalArgumentException("an average needs an interval of positive length");
        }
        return integral(from, to) / (to - from);
    }

    /**
     * How long the curve is at or above a threshold within [from, to]. Between samples the curve is linear, so a
     * crossing is placed by linear interpolation, as PD non-compartmental analysis does (Phoenix WinNonlin NCA
     * model 220, "time above threshold"). A stretch exactly at the threshold counts as at-or-above.
     *
     * @param threshold the threshold, in the value unit
     * @param from interval start, inside [start, end]
     * @param to interval end, from &lt;= to &lt;= end
     * @return the time at or above the threshold, in the time unit, between 0 and to - from
     */
    public double timeAtOrAbove(final double threshold, final double from, final double to) {
        return sumOverSegments(from, to, (a, ya, b, yb) -> timeAtOrAboveOnSegment(threshold, a, ya, b, yb));
    }

    /** A quantity of one linear piece [a, b] of the curve, with values ya and yb at its ends. */
    private interface SegmentMeasure {
        double of(double a, double ya, double b, double yb);
    }

    /** Sums a measure over the curve's linear pieces clipped to [from, to], with interpolated values at the ends. */
    private double sumOverSegments(final double from, final double to, final SegmentMeasure measure) {
        requireInside(from, to);
        double sum = 0;
        for (int i = 0; i + 1 < m_times.length; i++) {
            double a = Math.max(from, m_times[i]);
            double b = Math.min(to, m_times[i + 1]);
            if (b > a) {
                sum += measure.of(a, interpolate(i, a), b, interpolate(i, b));
            }
        }
        return sum;
    }

    private static double timeAtOrAboveOnSegment(final double threshold, final double a, final double ya,
        final double b, final double yb) {
        boolean aAbove = ya >= threshold;
        boolean bAbove = yb >= threshold;
        if (aAbove && bAbove) {
            return b - a;
        }
        if (!aAbove && !bAbove) {
            return 0;
        }
        double crossing = a + (threshold - ya) / (yb - ya) * (b - a);
        crossing = Math.min(b, Math.max(a, crossing));
        return aAbove ? crossing - a : b - crossing;
    }

    /** Linear interpolation on segment i (between samples i and i+1); exact at both samples. */
    private double interpolate(final int i, final double t) {
        double t0 = m_times[i];
        double t1 = m_times[i + 1];
        if (t == t0) {
            return m_values[i];
        }
        if (t == t1) {
            return m_values[i + 1];
        }
        double w = (t - t0) / (t1 - t0);
        return m_values[i] + w * (m_values[i + 1] - m_values[i]);
    }

    private void requireInside(final double from, final double to) {
        if (!(covers(from, to))) {
            throw new IllegalArgumentException("interval [" + from + ", " + to + "] is not inside the sampled range ["
                + start() + ", " + end() + "]; the curve is not extrapolated");
        }
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof PiecewiseLinearCurve c && Arrays.equals(m_times, c.m_times)
            && Arrays.equals(m_values, c.m_values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(m_times) + Arrays.hashCode(m_values);
    }

    @Override
    public String toString() {
        return "PiecewiseLinearCurve[times=" + Arrays.toString(m_times) + ", values=" + Arrays.toString(m_values)
            + "]";
    }
}
