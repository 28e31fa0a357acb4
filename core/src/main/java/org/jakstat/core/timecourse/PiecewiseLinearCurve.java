package org.jakstat.core.timecourse;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A curve through sampled points (t<sub>i</sub>, y<sub>i</sub>), linear between neighbouring samples: the curve
 * that the linear trapezoidal rule integrates exactly. Built with {@link AuecMethod#LINEAR_UP_LOG_DOWN}, the
 * segments on which the value falls and stays positive are exponential instead (linear in log y), the curve the
 * log trapezoid integrates exactly; every quantity below (values, areas, crossings) is then computed on that
 * curve, so areas split at a crossing add up to the whole. Times are in any unit (Jakstat's convention is hours);
 * every time-valued result is in that unit. The curve is defined on [t<sub>0</sub>, t<sub>n-1</sub>] only and
 * never extrapolated.
 *
 * <p>Crossings of a level are interpolated on the segment that crosses it (Phoenix WinNonlin NCA model 220 and
 * PKNCA place them by linear interpolation; on an exponential segment the crossing is where the exponential
 * meets the level). A stretch exactly at a level counts as both "at or above" and "at or below" it.
 *
 * <p>Immutable: the arrays are copied in and out.
 */
public final class PiecewiseLinearCurve {

    private final double[] m_times;

    private final double[] m_values;

    private final AuecMethod m_method;

    /** Shape of segment i, between samples i and i+1. */
    private final SegmentShape[] m_shapes;

    private PiecewiseLinearCurve(final double[] times, final double[] values, final AuecMethod method) {
        m_times = times;
        m_values = values;
        m_method = method;
        m_shapes = new SegmentShape[times.length - 1];
        for (int i = 0; i < m_shapes.length; i++) {
            m_shapes[i] = method.isLogSegment(values[i], values[i + 1]) ? SegmentShape.EXPONENTIAL
                : SegmentShape.LINEAR;
        }
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
     * @return the curve through the samples, linear between them
     * @throws IllegalArgumentException with the reason of {@link #problemWith(double[], double[])}
     */
    public static PiecewiseLinearCurve of(final double[] times, final double[] values) {
        return of(times, values, AuecMethod.LINEAR);
    }

    /**
     * @param times strictly increasing sample times
     * @param values the sampled values
     * @param method how the curve runs between samples (see {@link AuecMethod})
     * @return the curve through the samples
     * @throws IllegalArgumentException with the reason of {@link #problemWith(double[], double[])}
     */
    public static PiecewiseLinearCurve of(final double[] times, final double[] values, final AuecMethod method) {
        Optional<String> problem = problemWith(times, values);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        if (method == null) {
            throw new IllegalArgumentException("an AUEC method is required");
        }
        return new PiecewiseLinearCurve(times.clone(), values.clone(), method);
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

    /** @return how the curve runs between samples */
    public AuecMethod method() {
        return m_method;
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
     * @return the interpolated value at t
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
     * The exact integral of the curve over [from, to]: the trapezoidal rule (log trapezoids on exponential
     * segments) over the samples inside, with interpolated values at the interval ends.
     *
     * @param from interval start, inside [start, end]
     * @param to interval end, from &lt;= to &lt;= end
     * @return the area under the curve (value unit x time unit), negative where the curve is below zero
     */
    public double integral(final double from, final double to) {
        return sumOverSegments(from, to, 1, (shape, a, ya, b, yb) -> shape.integral(a, ya, b, yb));
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
     * The area between the curve and a level where the curve is above it, {@code integral of max(0, y - level)}:
     * in PD non-compartmental analysis the "AUC above baseline" (or above a threshold). Crossings are interpolated.
     *
     * @param level the level, in the value unit
     * @param from interval start, inside [start, end]
     * @param to interval end, from &lt;= to &lt;= end
     * @return the area, &gt;= 0 (value unit x time unit)
     */
    public double areaAbove(final double level, final double from, final double to) {
        return sumOverSegments(from, to, 1, (shape, a, ya, b, yb) -> areaBeyondOnSegment(shape, level, a, ya, b, yb));
    }

    /**
     * The area between a level and the curve where the curve is below it, {@code integral of max(0, level - y)}
     * ("AUC below baseline"). Crossings are interpolated.
     *
     * @param level the level, in the value unit
     * @param from interval start, inside [start, end]
     * @param to interval end, from &lt;= to &lt;= end
     * @return the area, &gt;= 0 (value unit x time unit)
     */
    public double areaBelow(final double level, final double from, final double to) {
        return sumOverSegments(from, to, -1,
            (shape, a, za, b, zb) -> areaBeyondOnSegment(shape, -level, a, za, b, zb));
    }

    /**
     * How long the curve is at or above a threshold within [from, to]. Between samples the curve follows its
     * segments, so a crossing is interpolated, as PD non-compartmental analysis does (Phoenix WinNonlin NCA model
     * 220, "time above threshold"). A stretch exactly at the threshold counts as at-or-above.
     *
     * @param threshold the threshold, in the value unit
     * @param from interval start, inside [start, end]
     * @param to interval end, from &lt;= to &lt;= end
     * @return the time at or above the threshold, in the time unit, between 0 and to - from
     */
    public double timeAtOrAbove(final double threshold, final double from, final double to) {
        return sumOverSegments(from, to, 1, (shape, a, ya, b, yb) -> timeAtOrBeyondOnSegment(shape, threshold, a,
            ya, b, yb));
    }

    /**
     * How long the curve is at or below a threshold within [from, to]; see {@link #timeAtOrAbove}.
     *
     * @param threshold the threshold, in the value unit
     * @param from interval start, inside [start, end]
     * @param to interval end, from &lt;= to &lt;= end
     * @return the time at or below the threshold, in the time unit, between 0 and to - from
     */
    public double timeAtOrBelow(final double threshold, final double from, final double to) {
        return sumOverSegments(from, to, -1, (shape, a, za, b, zb) -> timeAtOrBeyondOnSegment(shape, -threshold, a,
            za, b, zb));
    }

    /**
     * @param level the level
     * @param from where to start looking, inside [start, end]
     * @return the first time &gt;= from at which the curve is at or above the level (interpolated), empty if never
     */
    public OptionalDouble firstTimeAtOrAbove(final double level, final double from) {
        return firstTimeAtOrBeyond(1, level, from);
    }

    /**
     * @param level the level
     * @param from where to start looking, inside [start, end]
     * @return the first time &gt;= from at which the curve is at or below the level (interpolated), empty if never
     */
    public OptionalDouble firstTimeAtOrBelow(final double level, final double from) {
        return firstTimeAtOrBeyond(-1, level, from);
    }

    /**
     * @param level the level
     * @return the last time at which the curve is at or above the level (interpolated; {@link #end()} when the
     *         last sample is), empty if never
     */
    public OptionalDouble lastTimeAtOrAbove(final double level) {
        return lastTimeAtOrBeyond(1, level);
    }

    /**
     * @param level the level
     * @return the last time at which the curve is at or below the level (interpolated; {@link #end()} when the
     *         last sample is), empty if never
     */
    public OptionalDouble lastTimeAtOrBelow(final double level) {
        return lastTimeAtOrBeyond(-1, level);
    }

    /**
     * A quantity of one piece [a, b] of the curve with shape {@code shape} and values za and zb at its ends. The
     * values are the curve's multiplied by a sign, so one measure of "above" serves for "below" too (both shapes
     * are symmetric under negation).
     */
    private interface SegmentMeasure {
        double of(SegmentShape shape, double a, double za, double b, double zb);
    }

    /**
     * Sums a measure over the curve's pieces clipped to [from, to], with interpolated values at the ends, the
     * values multiplied by {@code sign}.
     */
    private double sumOverSegments(final double from, final double to, final int sign, final SegmentMeasure measure) {
        requireInside(from, to);
        double sum = 0;
        for (int i = 0; i + 1 < m_times.length; i++) {
            double a = Math.max(from, m_times[i]);
            double b = Math.min(to, m_times[i + 1]);
            if (b > a) {
                sum += measure.of(m_shapes[i], a, sign * interpolate(i, a), b, sign * interpolate(i, b));
            }
        }
        return sum;
    }

    private static double areaBeyondOnSegment(final SegmentShape shape, final double level, final double a,
        final double za, final double b, final double zb) {
        boolean aBeyond = za >= level;
        boolean bBeyond = zb >= level;
        if (aBeyond && bBeyond) {
            return shape.integral(a, za, b, zb) - level * (b - a);
        }
        if (!aBeyond && !bBeyond) {
            return 0;
        }
        double c = crossing(shape, level, a, za, b, zb);
        return aBeyond ? shape.integral(a, za, c, level) - level * (c - a)
            : shape.integral(c, level, b, zb) - level * (b - c);
    }

    private static double timeAtOrBeyondOnSegment(final SegmentShape shape, final double threshold, final double a,
        final double za, final double b, final double zb) {
        boolean aBeyond = za >= threshold;
        boolean bBeyond = zb >= threshold;
        if (aBeyond && bBeyond) {
            return b - a;
        }
        if (!aBeyond && !bBeyond) {
            return 0;
        }
        double c = crossing(shape, threshold, a, za, b, zb);
        return aBeyond ? c - a : b - c;
    }

    /** The crossing of level between a and b (the ends lie on either side of it), clamped into [a, b]. */
    private static double crossing(final SegmentShape shape, final double level, final double a, final double za,
        final double b, final double zb) {
        return Math.min(b, Math.max(a, shape.crossing(a, za, b, zb, level)));
    }

    private OptionalDouble firstTimeAtOrBeyond(final int sign, final double level, final double from) {
        requireInside(from, from);
        double z = sign * level;
        for (int i = 0; i + 1 < m_times.length; i++) {
            if (m_times[i + 1] < from) {
                continue;
            }
            double a = Math.max(from, m_times[i]);
            double b = m_times[i + 1];
            double za = sign * interpolate(i, a);
            double zb = sign * m_values[i + 1];
            if (za >= z) {
                return OptionalDouble.of(a);
            }
            if (zb >= z) {
                return OptionalDouble.of(crossing(m_shapes[i], z, a, za, b, zb));
            }
        }
        return OptionalDouble.empty();
    }

    private OptionalDouble lastTimeAtOrBeyond(final int sign, final double level) {
        double z = sign * level;
        int last = m_times.length - 1;
        if (sign * m_values[last] >= z) {
            return OptionalDouble.of(m_times[last]);
        }
        for (int i = last - 1; i >= 0; i--) {
            double za = sign * m_values[i];
            if (za >= z) {
                return OptionalDouble.of(crossing(m_shapes[i], z, m_times[i], za, m_times[i + 1],
                    sign * m_values[i + 1]));
            }
        }
        return OptionalDouble.empty();
    }

    /** Interpolation on segment i (between samples i and i+1) by its shape; exact at both samples. */
    private double interpolate(final int i, final double t) {
        double t0 = m_times[i];
        double t1 = m_times[i + 1];
        if (t == t0) {
            return m_values[i];
        }
        if (t == t1) {
            return m_values[i + 1];
        }
        return m_shapes[i].value(t0, m_values[i], t1, m_values[i + 1], t);
    }

    private void requireInside(final double from, final double to) {
        if (!(covers(from, to))) {
            throw new IllegalArgumentException("interval [" + from + ", " + to + "] is not inside the sampled range ["
                + start() + ", " + end() + "]; the curve is not extrapolated");
        }
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof PiecewiseLinearCurve c && m_method == c.m_method && Arrays.equals(m_times, c.m_times)
            && Arrays.equals(m_values, c.m_values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(m_times) + Arrays.hashCode(m_values)) + m_method.ordinal();
    }

    @Override
    public String toString() {
        return "PiecewiseLinearCurve[times=" + Arrays.toString(m_times) + ", values=" + Arrays.toString(m_values)
            + (m_method == AuecMethod.LINEAR ? "" : ", " + m_method.label()) + "]";
    }
}
