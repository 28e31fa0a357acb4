package org.jakstat.core.timecourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

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

    @Test
    void areasAboveAndBelowALevelSplitAtInterpolatedCrossings() {
        // level 5: crossings at 0.5 (rise 0 -> 10) and 5 (fall 6 -> 2, y = 10 - t)
        // above: [0.5, 1] (0 + 5)/2 * 0.5 = 1.25; [1, 2] 8 - 5 = 3; [2, 4] 12 - 10 = 2; [4, 5] (1 + 0)/2 = 0.5
        assertEquals(6.75, m_curve.areaAbove(5, 0, 8), 1e-12);
        // below: [0, 0.5] (5 + 0)/2 * 0.5 = 1.25; [5, 8] (0 + 3)/2 * 3 = 4.5
        assertEquals(5.75, m_curve.areaBelow(5, 0, 8), 1e-12);
        // above - below = integral - level * span = 41 - 40
        assertEquals(1.0, m_curve.areaAbove(5, 0, 8) - m_curve.areaBelow(5, 0, 8), 1e-12);
        assertEquals(41.0, m_curve.areaAbove(0, 0, 8), 1e-12);
        assertEquals(0.0, m_curve.areaBelow(0, 0, 8), 0.0);
        // time at or below 5: [0, 0.5] and [5, 8]; with time at or above (4.5) it fills the 8 h
        assertEquals(3.5, m_curve.timeAtOrBelow(5, 0, 8), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({
        // level, from, expected first time at or above (NaN: never)
        "5, 0, 0.5", "9, 0, 0.9", "5, 4.5, 4.5", "7, 3, NaN", "10, 0, 1", "-1, 2, 2"})
    void findsTheFirstTimeAtOrAboveALevel(final double level, final double from, final double expected) {
        assertEquals(expected, orNaN(m_curve.firstTimeAtOrAbove(level, from)), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({
        // 10 -> 6 on [1, 2] reaches 6 at 2; y(0) = 0 is already <= 3; from 0.5 the fall 6 -> 2 reaches 3 at 7
        "6, 1, 2", "3, 0, 0", "3, 0.5, 7", "1, 1, NaN"})
    void findsTheFirstTimeAtOrBelowALevel(final double level, final double from, final double expected) {
        assertEquals(expected, orNaN(m_curve.firstTimeAtOrBelow(level, from)), 1e-12);
    }

    @Test
    void findsTheLastTimeAtOrBeyondALevel() {
        assertEquals(5.0, m_curve.lastTimeAtOrAbove(5).getAsDouble(), 1e-12);
        assertEquals(8.0, m_curve.lastTimeAtOrAbove(2).getAsDouble(), 0.0, "the last sample is at the level");
        assertTrue(m_curve.lastTimeAtOrAbove(11).isEmpty());
        assertEquals(8.0, m_curve.lastTimeAtOrBelow(5).getAsDouble(), 0.0);
        // only the first sample (0) is <= 1: the rise 0 -> 10 leaves 1 at t = 0.1
        assertEquals(0.1, m_curve.lastTimeAtOrBelow(1).getAsDouble(), 1e-12);
        assertTrue(m_curve.lastTimeAtOrBelow(-1).isEmpty());
    }

    /**
     * Linear-up/log-down on a % inhibition profile t = 0, 1, 2, 6, 24 h, y = 0, 80, 60, 15, 0. Exponential
     * segments: [1, 2] and [2, 6] (falling, both values > 0); [0, 1] rises and [6, 24] ends at 0: linear.
     * Areas: [0, 1] 40; [1, 2] 20 / ln(80/60) = 69.52118993564416; [2, 6] 4 * 45 / ln 4 = 129.84255368000672;
     * [6, 24] 18 * 15 / 2 = 135; total 374.3637436156509 (linear rule: 40 + 70 + 150 + 135 = 395). Python
     * math.log, double precision; tolerance 1e-9 covers the different order of operations.
     */
    @Test
    void logDownIntegratesFallingPositiveSegmentsAsExponentials() {
        double[] t = {0, 1, 2, 6, 24};
        double[] y = {0, 80, 60, 15, 0};
        PiecewiseLinearCurve log = PiecewiseLinearCurve.of(t, y, AuecMethod.LINEAR_UP_LOG_DOWN);
        PiecewiseLinearCurve lin = PiecewiseLinearCurve.of(t, y, AuecMethod.LINEAR);
        assertEquals(374.3637436156509, log.integral(0, 24), 1e-9);
        assertEquals(395.0, lin.integral(0, 24), 1e-12);
        // on [2, 6] the exponential is 60 * (1/4)^((t - 2)/4): it is 30 at t = 4 (linear: at 2 + 4 * 30/45)
        assertEquals(30.0, log.valueAt(4), 1e-12);
        assertEquals(4.0, log.firstTimeAtOrBelow(30, 1).getAsDouble(), 1e-12);
        assertEquals(2 + 4 * 30.0 / 45, lin.firstTimeAtOrBelow(30, 1).getAsDouble(), 1e-12);
        // at or above 30 from the linear rise (30/80 = 0.375 h) to the exponential crossing (4 h)
        assertEquals(3.625, log.timeAtOrAbove(30, 0, 24), 1e-12);
        // above 30: [0.375, 1] 50/2 * 0.625 = 15.625; [1, 2] 69.5212 - 30; [2, 4] 2 * 30 / ln 2 - 60
        assertEquals(81.70789238898197, log.areaAbove(30, 0, 24), 1e-9);
        // below 30: [0, 0.375] 5.625; [4, 6] 60 - 2 * 15 / ln 2; [6, 24] 540 - 135
        assertEquals(427.3441487733311, log.areaBelow(30, 0, 24), 1e-9);
        assertEquals(AuecMethod.LINEAR_UP_LOG_DOWN, log.method());
        assertFalse(log.equals(lin), "the method is part of the curve");
    }

    @Test
    void logDownKeepsLinearSegmentsWhereNoLogarithmExists() {
        // falling through zero (10 -> -5) and rising (-5 -> 5) stay linear
        double[] t = {0, 1, 2};
        double[] y = {10, -5, 5};
        assertEquals(PiecewiseLinearCurve.of(t, y).integral(0, 2),
            PiecewiseLinearCurve.of(t, y, AuecMethod.LINEAR_UP_LOG_DOWN).integral(0, 2), 0.0);
    }

    private static double orNaN(final OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : Double.NaN;
    }
}
