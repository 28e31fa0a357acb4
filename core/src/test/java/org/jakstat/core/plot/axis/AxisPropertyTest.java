package org.jakstat.core.plot.axis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of tick choice and mapping over random ranges (jqwik). Kept apart from the JUnit Jupiter tests:
 * surefire writes one report per class, so a class run by two engines would be counted only once.
 */
class AxisPropertyTest {

    @Property
    void linearTicksAreInsideSortedAndBounded(@ForAll @DoubleRange(min = -1e6, max = 1e6) final double start,
        @ForAll @DoubleRange(min = -8, max = 6) final double log10Span,
        @ForAll @IntRange(min = 2, max = 15) final int maxMajor) {
        double span = Math.pow(10, log10Span);
        Assume.that(start + span > start);
        AxisRange range = new AxisRange(start, start + span);
        List<Tick> ticks = TickGenerator.ticks(AxisScale.LINEAR, range, maxMajor, TickLabelStyle.NUMBER);
        checkInsideAndSorted(ticks, range);
        long majors = ticks.stream().filter(Tick::major).count();
        assertTrue(majors <= maxMajor, majors + " > " + maxMajor + " for " + range);
        assertTrue(majors >= (maxMajor >= 6 ? 2 : 1), majors + " ticks for " + range + " max " + maxMajor);
    }

    @Property(tries = 400)
    void logTicksAreInsideSortedAndBounded(@ForAll @DoubleRange(min = -15, max = 5) final double log10Min,
        @ForAll @DoubleRange(min = 0.05, max = 25) final double decades,
        @ForAll @IntRange(min = 3, max = 12) final int maxMajor) {
        AxisRange range = new AxisRange(Math.pow(10, log10Min), Math.pow(10, log10Min + decades));
        for (TickLabelStyle style : TickLabelStyle.values()) {
            List<Tick> ticks = TickGenerator.ticks(AxisScale.LOG10, range, maxMajor, style);
            checkInsideAndSorted(ticks, range);
            long majors = ticks.stream().filter(Tick::major).count();
            assertTrue(majors <= maxMajor, majors + " > " + maxMajor + " for " + range);
            assertTrue(majors >= 1, "no labelled tick for " + range);
            assertTrue(ticks.stream().filter(Tick::major).noneMatch(t -> t.label().isBlank()));
        }
    }

    private static void checkInsideAndSorted(final List<Tick> ticks, final AxisRange range) {
        for (int i = 0; i < ticks.size(); i++) {
            Tick t = ticks.get(i);
            assertTrue(range.contains(t.value()), t + " outside " + range);
            if (i > 0) {
                assertTrue(ticks.get(i - 1).value() < t.value(), "not ascending at " + i + ": " + ticks);
            }
        }
    }

    @Property
    void mappingRoundTrips(@ForAll @DoubleRange(min = -12, max = 3) final double log10Min,
        @ForAll @DoubleRange(min = 0.1, max = 10) final double decades,
        @ForAll @DoubleRange(min = 0, max = 1) final double fraction) {
        AxisRange range = new AxisRange(Math.pow(10, log10Min), Math.pow(10, log10Min + decades));
        for (AxisScale scale : AxisScale.values()) {
            AxisMapping m = new AxisMapping(scale, range, 540, 60);
            double value = scale.inverse(scale.forward(range.min())
                + fraction * (scale.forward(range.max()) - scale.forward(range.min())));
            double pixel = m.toPixel(value);
            assertEquals(value, m.toData(pixel), 1e-9 * Math.abs(value) + 1e-12 * range.max());
            assertEquals(pixel, m.toPixel(m.toData(pixel)), 1e-7);
        }
    }

    @Property(tries = 400)
    void automaticRangeHoldsEveryPlaceableValue(@ForAll @Size(max = 40) final double[] values, @ForAll final boolean log) {
        // beyond +-1e300 a padded range may not fit a double; AxisRangeAndMappingTest covers that no-throw case
        Assume.that(Arrays.stream(values).allMatch(v -> !Double.isFinite(v) || Math.abs(v) <= 1e300));
        AxisScale scale = log ? AxisScale.LOG10 : AxisScale.LINEAR;
        AutoRange r = AutoRange.of(values, scale, AutoRange.DEFAULT_PADDING);
        assertEquals(values.length, r.used() + r.nonFinite() + r.nonPositive());
        for (double v : values) {
            if (scale.accepts(v)) {
                assertTrue(r.range().contains(v), v + " outside " + r.range());
            }
        }
    }
}
