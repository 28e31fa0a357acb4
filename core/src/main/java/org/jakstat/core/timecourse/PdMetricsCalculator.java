package org.jakstat.core.timecourse;

import java.util.EnumMap;
import java.util.OptionalDouble;

/**
 * Computes a subject's {@link PdMetrics} from its {@link EffectProfile}, in the vocabulary of Phoenix WinNonlin's
 * NCA model 220 (drug effect data) and PKNCA. Definitions, with e(t) the effect curve of the chosen
 * {@link AuecMethod} from the dose (t = 0) to the last sample Tlast, e0 the baseline effect and T the threshold:
 * <ul>
 * <li>Rmax, Tmax / Rmin, Tmin: the largest / smallest effect over the post-dose samples and the first time it
 * occurs (Rmax is Imax for % inhibition);</li>
 * <li>AUEC = integral of e over [0, Tlast]; AUEC above (below) baseline = integral of max(0, e - e0)
 * (max(0, e0 - e)), split at interpolated crossings; AUEC net = above - below = integral of (e - e0);</li>
 * <li>time above (below) threshold = time with e &gt;= T (e &lt;= T), crossings interpolated;</li>
 * <li>onset = first time in effect (e at or beyond T on the effect side), offset = last time in effect, censored
 * '&gt; Tlast' when still in effect at the last sample; duration of effect = offset - onset;</li>
 * <li>return to baseline: after the time of the largest deviation |e - e0| over the post-dose samples, the first
 * time e is back within the band e0 &plusmn; h, h = X/100 of the baseline signal in effect units
 * ({@link Normalization#returnBand}); censored '&gt; Tlast' when not back by the last sample, not determined when
 * the effect never left the band.</li>
 * </ul>
 */
public final class PdMetricsCalculator {

    private PdMetricsCalculator() {
    }

    /**
     * @param profile the subject's effect profile
     * @param settings threshold, effect side, return band, AUEC method, normalisation, time unit
     * @return every metric; never throws for a valid profile
     */
    public static PdMetrics compute(final EffectProfile profile, final TimeCourseSettings settings) {
        PiecewiseLinearCurve c = profile.curve(settings.auecMethod());
        double[] t = profile.times();
        double[] e = profile.effects();
        double e0 = profile.baselineEffect();
        double end = c.end();
        EnumMap<PdMetric, MetricValue> m = new EnumMap<>(PdMetric.class);
        m.put(PdMetric.BASELINE, MetricValue.of(profile.baselineSignal()));
        int max = 1;
        int min = 1;
        for (int i = 2; i < e.length; i++) {
            max = e[i] > e[max] ? i : max;
            min = e[i] < e[min] ? i : min;
        }
        m.put(PdMetric.RMAX, MetricValue.of(e[max]));
        m.put(PdMetric.TMAX, MetricValue.of(t[max]));
        m.put(PdMetric.RMIN, MetricValue.of(e[min]));
        m.put(PdMetric.TMIN, MetricValue.of(t[min]));
        m.put(PdMetric.TLAST, MetricValue.of(end));
        m.put(PdMetric.AUEC, MetricValue.of(c.integral(0, end)));
        double above = c.areaAbove(e0, 0, end);
        double below = c.areaBelow(e0, 0, end);
        m.put(PdMetric.AUEC_ABOVE_BASELINE, MetricValue.of(above));
        m.put(PdMetric.AUEC_BELOW_BASELINE, MetricValue.of(below));
        m.put(PdMetric.AUEC_NET, MetricValue.of(above - below));
        m.put(PdMetric.TIME_ABOVE_THRESHOLD, MetricValue.of(c.timeAtOrAbove(settings.threshold(), 0, end)));
        m.put(PdMetric.TIME_BELOW_THRESHOLD, MetricValue.of(c.timeAtOrBelow(settings.threshold(), 0, end)));
        putEffectTimes(m, c, settings);
        m.put(PdMetric.RETURN_TO_BASELINE, returnToBaseline(c, t, e, profile.baselineSignal(), settings));
        return new PdMetrics(m);
    }

    private static void putEffectTimes(final EnumMap<PdMetric, MetricValue> m, final PiecewiseLinearCurve c,
        final TimeCourseSettings s) {
        boolean above = s.effectSide() == EffectSide.ABOVE;
        double th = s.threshold();
        OptionalDouble onset = above ? c.firstTimeAtOrAbove(th, 0) : c.firstTimeAtOrBelow(th, 0);
        if (onset.isEmpty()) {
            MetricValue never = MetricValue.notDetermined("never " + s.thresholdText());
            m.put(PdMetric.ONSET, never);
            m.put(PdMetric.OFFSET, never);
            m.put(PdMetric.DURATION, never);
            return;
        }
        double offset = (above ? c.lastTimeAtOrAbove(th) : c.lastTimeAtOrBelow(th)).getAsDouble();
        m.put(PdMetric.ONSET, MetricValue.of(onset.getAsDouble()));
        if (offset == c.end()) {
            String why = "still " + s.thresholdText() + " at the last sample ("
                + NumberText.time(c.end(), s.timeUnit()) + ")";
            m.put(PdMetric.OFFSET, MetricValue.greaterThan(offset, why));
            m.put(PdMetric.DURATION, MetricValue.greaterThan(offset - onset.getAsDouble(), why));
        } else {
            m.put(PdMetric.OFFSET, MetricValue.of(offset));
            m.put(PdMetric.DURATION, MetricValue.of(offset - onset.getAsDouble()));
        }
    }

    private static MetricValue returnToBaseline(final PiecewiseLinearCurve c, final double[] t, final double[] e,
        final double baselineSignal, final TimeCourseSettings s) {
        double e0 = e[0];
        double h = s.normalization().returnBand(s.returnWithinPercent(), baselineSignal);
        String band = "within " + NumberText.of(s.returnWithinPercent()) + " % of baseline (" + NumberText.of(e0)
            + " \u00b1 " + NumberText.of(h) + " " + s.normalization().unit() + ")";
        int peak = 1;
        for (int i = 2; i < e.length; i++) {
            peak = Math.abs(e[i] - e0) > Math.abs(e[peak] - e0) ? i : peak;
        }
        if (Math.abs(e[peak] - e0) <= h) {
            return MetricValue.notDetermined("the effect never left the band " + band);
        }
        OptionalDouble back = e[peak] > e0 ? c.firstTimeAtOrBelow(e0 + h, t[peak])
            : c.firstTimeAtOrAbove(e0 - h, t[peak]);
        if (back.isEmpty()) {
            return MetricValue.greaterThan(c.end(), "not back " + band + " by the last sample ("
                + NumberText.time(c.end(), s.timeUnit()) + ")");
        }
        return MetricValue.of(back.getAsDouble());
    }
}
