package org.jakstat.core.timecourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-computed cases on one profile: t = 0, 1, 2, 4, 8 h and y = 0, 10, 6, 6, 2 (a rise, a fall, a plateau and a
 * slow decline). Segment areas by the trapezoid rule: 5, 8, 12, 16; total 41. Tolerances 1e-12: every expected
 * value is a short exact decimal, the only error is double rounding.
 */
class PiecewiseLinearCurveTest {

    private static final double[] T = {0, 1, 2, 4, 8};

    private static final double[] Y = {0, 10, 6, 6, 2};

    private final PiecewiseLinearCurve m_curve = PiecewiseLinearCurve.of(T, Y);

    @ParameterizedTest
    @CsvSource({"0, 0", "0.25, 2.5", "1, 10", "1.5, 8", "3, 6", "7, 3", "8, 2"})
    void interpolatesLinearlyBetweenSamples(final double t, final double expected) {
        assertEquals(expected, m_curve.valueAt(t), 1e-12);
    }

    @Test
    void integralOverTheWholeCurveIsTheSumOfTrapezoids() {
        assertEquals(41.0, m_curve.integral(0, 8), 1e-12);
        assertEquals(41.0 / 8, m_curve.average(0, 8), 1e-12);
    }

    @Test
    void integralOverASubIntervalInterpolatesItsEnds() {
        // [0.5, 1]: (5 + 10) / 2 * 0.5 = 3.75; then 8 and 12; [4, 6]: y(6) = 4, (6 + 4) / 2 * 2 = 10
        assertEquals(33.75, m_curve.integral(0.5, 6), 1e-12);
        assertEquals(33.75 / 5.5, m_curve.average(0.5, 6), 1e-12);
        // inside one segment: [2.5, 3.5] on the plateau
        assertEquals(6.0, m_curve.integral(2.5, 3.5), 1e-12);
        assertEquals(0.0, m_curve.integral(3, 3), 0.0);
    }

    @ParameterizedTest
    @CsvSource({
        // crossing up at 0.5 (0.5 h), above on [1, 4] (3 h), crossing down at 5 (1 h)
        "5, 0, 8, 4.5",
        // crossing up at 0.6, a plateau exactly at the threshold counts, the fall from 6 leaves it at t = 4
        "6, 0, 8, 3.4",
        // starts above at 0.5: 0.5 + 1 + 2, then [4, 6] falls 6 -> 4 and crosses 5 at t = 5
        "5, 0.5, 6, 4.5",
        "11, 0, 8, 0", "-1, 0, 8, 8", "0, 0, 8, 8",
        // only the tip of the peak: y >= 9 on [0.9, 1.25]
        "9, 0, 8, 0.35"})
    void timeAtOrAboveInterpolatesTheCrossings(final double threshold, final double from, final double to,
        final double expected) {
        assertEquals(expected, m_curve.timeAtOrAbove(threshold, from, to), 1e-12);
    }

    @Test
    void refusesToExtrapolate() {
        assertThrows(IllegalArgumentException.class, () -> m_curve.valueAt(8.5));
        assertThrows(IllegalArgumentException.class, () -> m_curve.integral(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> m_curve.timeAtOrAbove(1, 2, 9));
        assertThrows(IllegalArgumentException.class, () -> m_curve.average(3, 3));
        assertFalse(m_curve.covers(0, 9));
        assertTrue(m_curve.covers(0, 8));
    }

    @Test
    void reportsWhySamplesCannotFormACurve() {
        assertTrue(PiecewiseLinearCurve.problemWith(new double[] {0, 1}, new double[] {1}).get().contains("length"));
        assertTrue(PiecewiseLinearCurve.problemWith(new double[] {0}, new double[] {1}).get().contains("2 samples"));
        assertTrue(PiecewiseLinearCurve.problemWith(new double[] {0, 1, 1}, new double[] {1, 2, 3}).get()
            .contains("increase strictly"));
        assertTrue(PiecewiseLinearCurve.problemWith(new double[] {0, Double.NaN}, new double[] {1, 2}).get()
            .contains("time 2"));
        assertTrue(PiecewiseLinearCurve.problemWith(new double[] {0, 1}, new double[] {1, Double.NaN}).get()
            .contains("value 2"));
        assertThrows(IllegalArgumentException.class, () -> PiecewiseLinearCurve.of(new double[] {1, 0},
            new double[] {1, 2}));
    }

    @Test
    void copiesItsArraysInAndOut() {
        double[] t = T.clone();
        PiecewiseLinearCurve c = PiecewiseLinearCurve.of(t, Y);
        t[1] = 99;
        c.times()[2] = 99;
        assertEquals(1.0, c.times()[1]);
        assertEquals(2.0, c.times()[2]);
        assertEquals(m_curve, c);
        assertEquals(m_curve.hashCode(), c.hashCode());
        assertEquals(5, c.size());
    }
}
