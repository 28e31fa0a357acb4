package org.jakstat.core.plot.axis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Automatic ranges on awkward data, and the data-to-pixel mapping. */
class AxisRangeAndMappingTest {

    @Test
    void padsFivePercentEachSide() {
        AutoRange r = AutoRange.of(new double[]{0, 100}, AxisScale.LINEAR, AutoRange.DEFAULT_PADDING);
        assertEquals(-5, r.range().min(), 1e-12);
        assertEquals(105, r.range().max(), 1e-12);
        assertEquals(2, r.used());
        assertTrue(r.notes("y").isEmpty());
    }

    @Test
    void padsALogAxisInDecades() {
        AutoRange r = AutoRange.of(new double[]{1e-10, 1e-5}, AxisScale.LOG10, 0.1);
        assertEquals(-10.5, Math.log10(r.range().min()), 1e-12);
        assertEquals(-4.5, Math.log10(r.range().max()), 1e-12);
    }

    @Test
    void singleValueIsWidened() {
        AutoRange linear = AutoRange.of(new double[]{50, 50, 50}, AxisScale.LINEAR, 0.05);
        assertEquals(45, linear.range().min(), 1e-12);
        assertEquals(55, linear.range().max(), 1e-12);
        AutoRange zero = AutoRange.of(new double[]{0}, AxisScale.LINEAR, 0.05);
        assertEquals(-1, zero.range().min(), 1e-12);
        assertEquals(1, zero.range().max(), 1e-12);
        AutoRange log = AutoRange.of(new double[]{1e-8}, AxisScale.LOG10, 0.05);
        assertEquals(-8.5, Math.log10(log.range().min()), 1e-12);
        assertEquals(-7.5, Math.log10(log.range().max()), 1e-12);
        assertFalse(log.fallback());
    }

    @Test
    void allMissingGivesTheDefaultRangeFlagged() {
        AutoRange r = AutoRange.of(new double[]{Double.NaN, Double.NaN, Double.POSITIVE_INFINITY},
            AxisScale.LINEAR, 0.05);
        assertTrue(r.fallback());
        assertEquals(new AxisRange(0, 1), r.range());
        assertEquals(3, r.nonFinite());
        assertEquals(List.of("3 values missing or not finite on the y axis"), r.notes("y"));
        AutoRange empty = AutoRange.of(new double[0], AxisScale.LOG10, 0.05);
        assertEquals(new AxisRange(1, 10), empty.range());
    }

    @Test
    void zeroAndNegativeValuesAreLeftOffALogAxisAndReported() {
        AutoRange r = AutoRange.of(new double[]{0, -1e-9, 1e-9, 1e-6}, AxisScale.LOG10, 0);
        assertEquals(2, r.nonPositive());
        assertEquals(2, r.used());
        assertEquals(1e-9, r.range().min(), 1e-21);
        assertEquals(List.of("2 values \u2264 0 not shown on the log x axis"), r.notes("x"));
        AutoRange onlyControls = AutoRange.of(new double[]{0, 0}, AxisScale.LOG10, 0.05);
        assertTrue(onlyControls.fallback());
        assertEquals(2, onlyControls.nonPositive());
    }

    @Test
    void extremeValuesDoNotOverflow() {
        AutoRange r = AutoRange.of(new double[]{-Double.MAX_VALUE / 2, Double.MAX_VALUE / 2}, AxisScale.LINEAR,
            0.05);
        assertTrue(Double.isFinite(r.range().max() - r.range().min()));
        for (double[] values : new double[][]{{Double.MAX_VALUE}, {-Double.MAX_VALUE, Double.MAX_VALUE},
            {Double.MIN_VALUE}, {-Double.MAX_VALUE}}) {
            for (AxisScale scale : AxisScale.values()) {
                AutoRange extreme = AutoRange.of(values, scale, 0.05);
                assertTrue(extreme.range().min() < extreme.range().max());
            }
        }
    }

    @Test
    void mappingPutsYValuesUpwards() {
        AxisMapping y = new AxisMapping(AxisScale.LINEAR, new AxisRange(0, 100), 500, 100);
        assertEquals(500, y.toPixel(0), 1e-12);
        assertEquals(100, y.toPixel(100), 1e-12);
        assertEquals(300, y.toPixel(50), 1e-12);
        assertEquals(25, y.toData(400), 1e-12);
    }

    @Test
    void logMappingSpacesDecadesEvenly() {
        AxisMapping x = new AxisMapping(AxisScale.LOG10, new AxisRange(1e-9, 1e-5), 0, 400);
        assertEquals(100, x.toPixel(1e-8), 1e-9);
        assertEquals(300, x.toPixel(1e-6), 1e-9);
        assertEquals(1e-7, x.toData(200), 1e-19);
        assertTrue(Double.isNaN(x.toPixel(0)));
        assertTrue(Double.isNaN(x.toPixel(-1)));
        assertTrue(Double.isNaN(x.toPixel(Double.NaN)));
    }

    @Test
    void invalidRangesAndMappingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AxisRange(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new AxisRange(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new AxisRange(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class,
            () -> new AxisMapping(AxisScale.LOG10, new AxisRange(0, 1), 0, 100));
        assertThrows(IllegalArgumentException.class,
            () -> new AxisMapping(AxisScale.LINEAR, new AxisRange(0, 1), 5, 5));
        assertThrows(IllegalArgumentException.class, () -> AxisSpec.log("x").withRange(0, 10));
    }

    @Test
    void switchingToLogDropsARangeItCannotShow() {
        AxisSpec spec = AxisSpec.linear("Dose [mg]").withRange(0, 10).withScale(AxisScale.LOG10);
        assertTrue(spec.range().isEmpty());
    }
}
