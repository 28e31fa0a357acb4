package org.jakstat.core.timecourse;

import java.util.Arrays;

/**
 * One subject's normalised effect over time, as the metrics see it: the dose at t = 0, where the effect is the
 * baseline effect (the pre-dose samples collapsed into their mean), then one value per post-dose sampling time
 * (duplicates averaged). Arrays are copied in and out.
 *
 * @param times 0, then the strictly increasing post-dose times
 * @param effects the effect at each time; effects[0] is the baseline effect
 * @param baselineSignal B, the mean pre-dose signal the effect was normalised with
 */
public record EffectProfile(double[] times, double[] effects, double baselineSignal) {

    /** Validates: at least the dose time and one post-dose time, starting at 0, strictly increasing, finite. */
    public EffectProfile {
        if (times == null || effects == null) {
            throw new IllegalArgumentException("times and effects are required");
        }
        PiecewiseLinearCurve.problemWith(times, effects).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        if (times[0] != 0) {
            throw new IllegalArgumentException("an effect profile starts at the dose, t = 0, got " + times[0]);
        }
        times = times.clone();
        effects = effects.clone();
    }

    /** @return the baseline effect, the value at t = 0 */
    public double baselineEffect() {
        return effects[0];
    }

    /** @return the number of post-dose times */
    public int postDoseTimes() {
        return times.length - 1;
    }

    /** @param method how the curve runs between samples @return the curve through the profile */
    public PiecewiseLinearCurve curve(final AuecMethod method) {
        return PiecewiseLinearCurve.of(times, effects, method);
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public double[] effects() {
        return effects.clone();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof EffectProfile p && Arrays.equals(times, p.times) && Arrays.equals(effects, p.effects)
            && Double.compare(baselineSignal, p.baselineSignal) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(times) + Arrays.hashCode(effects)) + Double.hashCode(baselineSignal);
    }

    @Override
    public String toString() {
        return "EffectProfile[times=" + Arrays.toString(times) + ", effects=" + Arrays.toString(effects)
            + ", baselineSignal=" + baselineSignal + "]";
    }
}
