package org.jakstat.core.timecourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hand-computed metrics. The arithmetic is in the comments; log terms were evaluated with Python's math.log in
 * double precision. Tolerance 1e-12 for sums of short decimals, 1e-9 where logarithms enter (a different order of
 * operations can move the last bits).
 */
class PdMetricsCalculatorTest {

    /**
     * % inhibition after a dose: t = 0, 1, 2, 4, 8, 24 h; e = 0, 60, 80, 40, 20, 5 (baseline effect 0; the
     * baseline signal 1000 does not enter the percentage scales). Threshold 50 % inhibition (in effect above it),
     * return within 25 % of baseline (band 0 +/- 25 % inhibition).
     */
    private static final EffectProfile INHIBITION = new EffectProfile(new double[] {0, 1, 2, 4, 8, 24},
        new double[] {0, 60, 80, 40, 20, 5}, 1000);

    private static final TimeCourseSettings SETTINGS = TimeCourseSettings.defaults().withReturnWithinPercent(25);

    private static double value(final PdMetrics m, final PdMetric metric) {
        return m.get(metric).value();
    }

    @Test
    void linearTrapezoidMetricsOfAnInhibitionProfile() {
        PdMetrics m = PdMetricsCalculator.compute(INHIBITION, SETTINGS);
        assertEquals(1000, value(m, PdMetric.BASELINE), 0.0);
        assertEquals(80, value(m, PdMetric.RMAX), 0.0);
        assertEquals(2, value(m, PdMetric.TMAX), 0.0);
        assertEquals(5, value(m, PdMetric.RMIN), 0.0, "Rmin is over the post-dose samples, not the baseline");
        assertEquals(24, value(m, PdMetric.TMIN), 0.0);
        assertEquals(24, value(m, PdMetric.TLAST), 0.0);
        // trapezoids: [0,1] 30; [1,2] 70; [2,4] 120; [4,8] 120; [8,24] 16 * 12.5 = 200; total 540
        assertEquals(540, value(m, PdMetric.AUEC), 1e-12);
        assertEquals(540, value(m, PdMetric.AUEC_ABOVE_BASELINE), 1e-12);
        assertEquals(0, value(m, PdMetric.AUEC_BELOW_BASELINE), 0.0);
        assertEquals(540, value(m, PdMetric.AUEC_NET), 1e-12);
        // 50 is crossed rising at 50/60 h (on 0 -> 60) and falling at 2 + 2 * 30/40 = 3.5 h (on 80 -> 40)
        assertEquals(5.0 / 6, value(m, PdMetric.ONSET), 1e-12);
        assertEquals(3.5, value(m, PdMetric.OFFSET), 1e-12);
        assertEquals(3.5 - 5.0 / 6, value(m, PdMetric.DURATION), 1e-12);
        assertEquals(3.5 - 5.0 / 6, value(m, PdMetric.TIME_ABOVE_THRESHOLD), 1e-12);
        assertEquals(24 - (3.5 - 5.0 / 6), value(m, PdMetric.TIME_BELOW_THRESHOLD), 1e-12);
        // after the peak (2 h), 40 -> 20 on [4, 8] reaches 25 at 4 + 4 * 15/20 = 7 h
        assertEquals(7, value(m, PdMetric.RETURN_TO_BASELINE), 1e-12);
        assertFalse(m.get(PdMetric.RETURN_TO_BASELINE).censored());
    }

    @Test
    void logDownMetricsOfTheSameProfile() {
        PdMetrics m = PdMetricsCalculator.compute(INHIBITION, SETTINGS.withAuecMethod(AuecMethod.LINEAR_UP_LOG_DOWN));
        // falling positive segments are exponential: [2,4] 2*40/ln 2 = 115.41560327111708,
        // [4,8] 4*20/ln 2 = 115.41560327111708, [8,24] 16*15/ln 4 = 173.1234049066756; rises stay linear (30 + 70)
        assertEquals(503.95461144890976, value(m, PdMetric.AUEC), 1e-9);
        // 50 on 80 -> 40 over [2, 4]: 2 + 2 ln(50/80)/ln(40/80) = 3.3561438102252756
        assertEquals(3.3561438102252756, value(m, PdMetric.OFFSET), 1e-12);
        assertEquals(3.3561438102252756 - 5.0 / 6, value(m, PdMetric.TIME_ABOVE_THRESHOLD), 1e-12);
        // 25 on 40 -> 20 over [4, 8]: 4 + 4 ln(25/40)/ln(20/40) = 6.712287620450551
        assertEquals(6.712287620450551, value(m, PdMetric.RETURN_TO_BASELINE), 1e-12);
        assertEquals(5.0 / 6, value(m, PdMetric.ONSET), 1e-12, "the rise is linear under both methods");
    }

    /**
     * Change from baseline that dips, rises above and falls back: t = 0, 1, 2, 3, 6; e = 0, -10, 5, 10, -2;
     * baseline signal 50.
     */
    @Test
    void areasAboveAndBelowBaselineSplitAtInterpolatedCrossings() {
        EffectProfile p = new EffectProfile(new double[] {0, 1, 2, 3, 6}, new double[] {0, -10, 5, 10, -2}, 50);
        TimeCourseSettings s = TimeCourseSettings.defaults().withNormalization(Normalization.CHANGE_FROM_BASELINE)
            .withReturnWithinPercent(10);
        PdMetrics m = PdMetricsCalculator.compute(p, s);
        // crossings of 0: on -10 -> 5 at 1 + 10/15 = 5/3; on 10 -> -2 at 3 + 3 * 10/12 = 5.5
        // above: [5/3, 2] 5 * (1/3) / 2 = 5/6; [2, 3] 7.5; [3, 5.5] 10 * 2.5 / 2 = 12.5; total 20.8333...
        assertEquals(5.0 / 6 + 7.5 + 12.5, value(m, PdMetric.AUEC_ABOVE_BASELINE), 1e-12);
        // below: [0, 1] 5; [1, 5/3] 10 * (2/3) / 2 = 10/3; [5.5, 6] 2 * 0.5 / 2 = 0.5; total 8.8333...
        assertEquals(5 + 10.0 / 3 + 0.5, value(m, PdMetric.AUEC_BELOW_BASELINE), 1e-12);
        // net 12 = the plain integral: -5 - 2.5 + 7.5 + 12
        assertEquals(12, value(m, PdMetric.AUEC_NET), 1e-12);
        assertEquals(12, value(m, PdMetric.AUEC), 1e-12);
        assertEquals(-10, value(m, PdMetric.RMIN), 0.0);
        assertEquals(1, value(m, PdMetric.TMIN), 0.0);
        // band: 10 % of the baseline signal 50 = 5; the largest deviation |-10| is at 1 h (ties go to the first);
        // back above -5 on -10 -> 5 at 1 + 5/15 h
        assertEquals(1 + 1.0 / 3, value(m, PdMetric.RETURN_TO_BASELINE), 1e-12);
        // threshold 50 (the default) is never reached
        assertTrue(m.get(PdMetric.ONSET).reason().startsWith("never at or above 50"), m.get(PdMetric.ONSET).reason());
        assertTrue(Double.isNaN(value(m, PdMetric.DURATION)));
        assertEquals(0, value(m, PdMetric.TIME_ABOVE_THRESHOLD), 0.0);
    }

    @Test
    void effectStillPresentAtTheLastSampleIsCensoredAtTlast() {
        EffectProfile p = new EffectProfile(new double[] {0, 1, 2, 3}, new double[] {0, 50, 60, 70}, 100);
        PdMetrics m = PdMetricsCalculator.compute(p, SETTINGS);
        MetricValue back = m.get(PdMetric.RETURN_TO_BASELINE);
        assertTrue(back.censored());
        assertEquals(3, back.value(), 0.0);
        assertEquals(">", back.qualifier());
        assertTrue(back.reason().startsWith("not back within 25 % of baseline"), back.reason());
        MetricValue offset = m.get(PdMetric.OFFSET);
        assertTrue(offset.censored());
        assertEquals(3, offset.value(), 0.0);
        // onset at 1 h (the sample is exactly 50): duration > 2 h
        assertEquals(1, value(m, PdMetric.ONSET), 0.0);
        assertEquals(2, value(m, PdMetric.DURATION), 0.0);
        assertTrue(m.get(PdMetric.DURATION).censored());
    }

    @Test
    void anEffectThatNeverLeavesTheBandHasNoReturnTime() {
        EffectProfile p = new EffectProfile(new double[] {0, 1, 2}, new double[] {0, 5, -3}, 100);
        MetricValue back = PdMetricsCalculator.compute(p, SETTINGS).get(PdMetric.RETURN_TO_BASELINE);
        assertTrue(Double.isNaN(back.value()));
        assertEquals("the effect never left the band within 25 % of baseline (0 \u00b1 25 % inhibition)",
            back.reason());
    }

    /**
     * CRP falling as % of baseline over days: t = 0, 7, 14, 28 d; e = 100, 60, 40, 45. In effect below 50 % of
     * baseline: reached on 60 -> 40 at 7 + 7 * 10/20 = 10.5 d and still there at day 28.
     */
    @Test
    void aFallingMarkerIsInEffectBelowTheThreshold() {
        EffectProfile p = new EffectProfile(new double[] {0, 7, 14, 28}, new double[] {100, 60, 40, 45}, 12);
        TimeCourseSettings s = TimeCourseSettings.defaults().withNormalization(Normalization.PERCENT_OF_BASELINE)
            .withTimeUnit(TimeUnit.DAY).withThreshold(50, EffectSide.BELOW);
        PdMetrics m = PdMetricsCalculator.compute(p, s);
        assertEquals(10.5, value(m, PdMetric.ONSET), 1e-12);
        assertTrue(m.get(PdMetric.OFFSET).censored());
        assertEquals("still at or below 50 % of baseline at the last sample (28 day)", m.get(PdMetric.OFFSET).reason());
        assertEquals(17.5, value(m, PdMetric.DURATION), 1e-12);
        assertEquals(17.5, value(m, PdMetric.TIME_BELOW_THRESHOLD), 1e-12);
        assertEquals(10.5, value(m, PdMetric.TIME_ABOVE_THRESHOLD), 1e-12);
        // the largest deviation from 100 is 40 at day 14; never back within 100 +/- 20 by day 28
        assertTrue(m.get(PdMetric.RETURN_TO_BASELINE).censored());
        // areas below the baseline effect 100: [0,7] 7*40/2 = 140; [7,14] 7*(40+60)/2 = 350; [14,28] 14*(60+55)/2 = 805
        assertEquals(1295, value(m, PdMetric.AUEC_BELOW_BASELINE), 1e-12);
        assertEquals(-1295, value(m, PdMetric.AUEC_NET), 1e-12);
    }
}
