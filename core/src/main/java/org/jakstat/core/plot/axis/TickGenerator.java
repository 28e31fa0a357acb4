package org.jakstat.core.plot.axis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Chooses "nice" ticks. Linear axes step by 1, 2 or 5 times a power of ten, the smallest such step that gives
 * at most the requested number of major ticks (0..100 with 7 gives 0, 20, ..., 100). Log axes put major ticks
 * on decades (every k-th decade when there are too many) with minor ticks at 2..9; a range of about one decade
 * also labels 2 and 5, and a range narrower than that falls back to linear steps.
 *
 * <p>Every tick lies inside the range, ticks are sorted ascending without duplicates, and there are at most
 * {@code maxMajor} major ticks.
 */
public final class TickGenerator {

    /** The fewest major ticks one may ask for. */
    public static final int MIN_MAJOR = 2;

    /** The most major ticks one may ask for. */
    public static final int MAX_MAJOR = 50;

    private static final int[] NICE_MULTIPLES = {1, 2, 5};

    private static final int[] DECADE_STRIDES = {1, 2, 3, 4, 5, 10, 20, 25, 50, 100, 200, 500};

    /** Up to this many decades, log axes get minor ticks at 2..9 times each decade. */
    private static final int MAX_DECADES_WITH_MINORS = 12;

    private static final double EPS = 1e-9;

    private TickGenerator() {
    }

    /**
     * @param scale the axis scale
     * @param range the range; strictly positive for a log axis
     * @param maxMajor the most major ticks wanted, in [{@value #MIN_MAJOR}, {@value #MAX_MAJOR}]
     * @param style how to label them
     * @return the ticks, ascending
     */
    public static List<Tick> ticks(final AxisScale scale, final AxisRange range, final int maxMajor,
        final TickLabelStyle style) {
        Objects.requireNonNull(style, "style");
        if (maxMajor < MIN_MAJOR || maxMajor > MAX_MAJOR) {
            throw new IllegalArgumentException("maxMajor must be in [" + MIN_MAJOR + ", " + MAX_MAJOR + "], got "
                + maxMajor);
        }
        if (scale == AxisScale.LINEAR) {
            return linear(range, maxMajor, style, false);
        }
        if (!(range.min() > 0)) {
            throw new IllegalArgumentException("a log axis needs a range above 0, got [" + range.min() + ", "
                + range.max() + "]");
        }
        return logarithmic(range, maxMajor, style);
    }

    /**
     * @param range the range
     * @param maxMajor the most ticks wanted
     * @return the nice step: the smallest of 1, 2, 5 times a power of ten giving at most {@code maxMajor} ticks
     */
    static double linearStep(final AxisRange range, final int maxMajor) {
        double target = (range.max() - range.min()) / (maxMajor - 1);
        int exponent = (int)Math.floor(Math.log10(target)) - 1;
        while (true) {
            for (int m : NICE_MULTIPLES) {
                double step = m * Math.pow(10, exponent);
                if (countMultiples(range, step) <= maxMajor) {
                    return step;
                }
            }
            exponent++;
        }
    }

    private static long countMultiples(final AxisRange range, final double step) {
        return lastMultiple(range, step) - firstMultiple(range, step) + 1;
    }

    /**
     * The index of the first multiple of {@code step} inside the range. The tolerance grows with the quotient,
     * whose rounding error does: 1.06 / 5e-8 is 21200000.000000004, not 21200000.
     */
    private static long firstMultiple(final AxisRange range, final double step) {
        double q = range.min() / step;
        return (long)Math.ceil(q - EPS * Math.max(1, Math.abs(q) * 1e-3));
    }

    private static long lastMultiple(final AxisRange range, final double step) {
        double q = range.max() / step;
        return (long)Math.floor(q + EPS * Math.max(1, Math.abs(q) * 1e-3));
    }

    private static List<Tick> linear(final AxisRange range, final int maxMajor, final TickLabelStyle style,
        final boolean onLogAxis) {
        double step = linearStep(range, maxMajor);
        long first = firstMultiple(range, step);
        long last = lastMultiple(range, step);
        double largest = Math.max(Math.abs(first * step), Math.abs(last * step));
        List<Tick> ticks = new ArrayList<>();
        for (long i = first; i <= last; i++) {
            double value = clamp(i == 0 ? 0 : i * step, range);
            String label = onLogAxis ? TickLabelFormatter.logarithmic(value, style)
                : TickLabelFormatter.linear(value, step, largest, style);
            addAscending(ticks, new Tick(value, label, true));
        }
        return ticks;
    }

    private static List<Tick> logarithmic(final AxisRange range, final int maxMajor, final TickLabelStyle style) {
        int firstDecade = (int)Math.ceil(Math.log10(range.min()) - EPS);
        int lastDecade = (int)Math.floor(Math.log10(range.max()) + EPS);
        int decades = lastDecade - firstDecade + 1;
        if (decades >= 2) {
            if (decades == 2 && countOneTwoFive(range) <= maxMajor) {
                return oneTwoFive(range, style);
            }
            return decadeTicks(range, firstDecade, lastDecade, maxMajor, style);
        }
        if (countOneTwoFive(range) >= 2 && countOneTwoFive(range) <= maxMajor) {
            return oneTwoFive(range, style);
        }
        return linear(range, maxMajor, style, true);
    }

    private static List<Tick> decadeTicks(final AxisRange range, final int firstDecade, final int lastDecade,
        final int maxMajor, final TickLabelStyle style) {
        int stride = DECADE_STRIDES[DECADE_STRIDES.length - 1];
        for (int s : DECADE_STRIDES) {
            if (Math.floorDiv(lastDecade, s) - Math.floorDiv(firstDecade - 1, s) <= maxMajor) {
                stride = s;
                break;
            }
        }
        boolean minorsWithinDecades = stride == 1 && lastDecade - firstDecade + 1 <= MAX_DECADES_WITH_MINORS;
        List<Tick> ticks = new ArrayList<>();
        for (int d = firstDecade - 1; d <= lastDecade; d++) {
            double decade = powerOfTen(1, d);
            if (within(decade, range)) {
                decade = clamp(decade, range);
                boolean major = Math.floorMod(d, stride) == 0;
                addAscending(ticks, major ? new Tick(decade, TickLabelFormatter.logarithmic(decade, style), true)
                    : Tick.minor(decade));
            }
            for (int m = 2; m <= 9 && minorsWithinDecades; m++) {
                double v = powerOfTen(m, d);
                if (within(v, range)) {
                    addAscending(ticks, Tick.minor(clamp(v, range)));
                }
            }
        }
        return ticks;
    }

    private static int countOneTwoFive(final AxisRange range) {
        int n = 0;
        for (double v : oneTwoFiveCandidates(range)) {
            if (within(v, range)) {
                n++;
            }
        }
        return n;
    }

    private static List<Tick> oneTwoFive(final AxisRange range, final TickLabelStyle style) {
        List<Tick> ticks = new ArrayList<>();
        int first = (int)Math.floor(Math.log10(range.min()));
        int last = (int)Math.floor(Math.log10(range.max()));
        for (int d = first; d <= last; d++) {
            for (int m = 1; m <= 9; m++) {
                double v = powerOfTen(m, d);
                if (within(v, range)) {
                    double value = clamp(v, range);
                    boolean major = m == 1 || m == 2 || m == 5;
                    addAscending(ticks, major ? new Tick(value, TickLabelFormatter.logarithmic(value, style), true)
                        : Tick.minor(value));
                }
            }
        }
        return ticks;
    }

    private static List<Double> oneTwoFiveCandidates(final AxisRange range) {
        List<Double> values = new ArrayList<>();
        int first = (int)Math.floor(Math.log10(range.min()));
        int last = (int)Math.floor(Math.log10(range.max()));
        for (int d = first; d <= last; d++) {
            for (int m : NICE_MULTIPLES) {
                values.add(powerOfTen(m, d));
            }
        }
        return values;
    }

    /** m times ten to the d, correctly rounded (parsing avoids the error of {@code Math.pow}). */
    private static double powerOfTen(final int m, final int d) {
        return Double.parseDouble(m + "e" + d);
    }

    /** Whether a candidate on a (positive) log range lies inside it, up to a relative rounding tolerance. */
    private static boolean within(final double v, final AxisRange range) {
        return v >= range.min() * (1 - EPS) && v <= range.max() * (1 + EPS);
    }

    private static double clamp(final double v, final AxisRange range) {
        return Math.max(range.min(), Math.min(range.max(), v));
    }

    /** Appends unless the value repeats the previous tick's (clamping can merge two candidates). */
    private static void addAscending(final List<Tick> ticks, final Tick tick) {
        if (ticks.isEmpty() || tick.value() > ticks.get(ticks.size() - 1).value()) {
            ticks.add(tick);
        }
    }
}
