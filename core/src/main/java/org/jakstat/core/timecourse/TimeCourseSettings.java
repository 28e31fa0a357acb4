package org.jakstat.core.timecourse;

import java.util.Optional;

/**
 * Everything that decides how a PD time course is analysed. Immutable; start from {@link #defaults()} and
 * derive with the {@code with...} methods.
 *
 * @param normalization how the response is expressed (see {@link Normalization})
 * @param timeUnit the unit of the sampling times, and so of every time-valued result
 * @param placeboGroup the group whose mean change from baseline {@link Normalization#PLACEBO_ADJUSTED} subtracts;
 *            may be empty otherwise
 * @param threshold the effect threshold, in effect units (e.g. 50 for 50 % inhibition)
 * @param effectSide which side of the threshold is "in effect" (onset, offset, duration)
 * @param returnWithinPercent X of "return within X % of baseline", &gt; 0
 * @param auecMethod how the curve runs between samples: areas and crossings
 * @param doseMetric the metric fitted against dose, or empty for no dose-dependence fit
 * @param doseModel the dose-response model of that fit
 * @param confidenceLevel level of every confidence interval, e.g. 0.95
 */
public record TimeCourseSettings(Normalization normalization, TimeUnit timeUnit, String placeboGroup,
    double threshold, EffectSide effectSide, double returnWithinPercent, AuecMethod auecMethod,
    Optional<PdMetric> doseMetric, DoseModel doseModel, double confidenceLevel) {

    /** Validates every field; throws {@link IllegalArgumentException} naming the setting and the fix. */
    public TimeCourseSettings {
        if (normalization == null || timeUnit == null || placeboGroup == null || effectSide == null
            || auecMethod == null || doseMetric == null || doseModel == null) {
            throw new IllegalArgumentException("no setting may be null");
        }
        placeboGroup = placeboGroup.strip();
        if (normalization == Normalization.PLACEBO_ADJUSTED && placeboGroup.isEmpty()) {
            throw new IllegalArgumentException(
                "placebo-adjusted normalisation needs the placebo group: name the group value of the placebo subjects");
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("the threshold must be a finite number, got " + threshold);
        }
        if (!(returnWithinPercent > 0 && Double.isFinite(returnWithinPercent))) {
            throw new IllegalArgumentException("'return within X % of baseline' needs X > 0, got " + returnWithinPercent);
        }
        if (doseMetric.isPresent() && !doseMetric.get().isDoseResponseMetric()) {
            throw new IllegalArgumentException("dose dependence fits an effect or an area (Rmax, Rmin, AUEC ...), not "
                + doseMetric.get().label());
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), e.g. 0.95, got " + confidenceLevel);
        }
    }

    /**
     * @return % inhibition over hours, threshold 50 % inhibition (in effect above it), return within 20 % of
     *         baseline, linear trapezoids, no dose-dependence fit (Emax when one is asked for), 95 % intervals
     */
    public static TimeCourseSettings defaults() {
        return new TimeCourseSettings(Normalization.PERCENT_INHIBITION, TimeUnit.HOUR, "", 50, EffectSide.ABOVE, 20,
            AuecMethod.LINEAR, Optional.empty(), DoseModel.EMAX, 0.95);
    }

    /** @param n the normalisation @return a copy using it */
    public TimeCourseSettings withNormalization(final Normalization n) {
        return new TimeCourseSettings(n, timeUnit, placeboGroup, threshold, effectSide, returnWithinPercent,
            auecMethod, doseMetric, doseModel, confidenceLevel);
    }

    /** @param group the placebo group value @return a copy using it */
    public TimeCourseSettings withPlaceboGroup(final String group) {
        return new TimeCourseSettings(normalization, timeUnit, group, threshold, effectSide, returnWithinPercent,
            auecMethod, doseMetric, doseModel, confidenceLevel);
    }

    /** @param value the threshold @param side the side in effect @return a copy using them */
    public TimeCourseSettings withThreshold(final double value, final EffectSide side) {
        return new TimeCourseSettings(normalization, timeUnit, placeboGroup, value, side, returnWithinPercent,
            auecMethod, doseMetric, doseModel, confidenceLevel);
    }

    /** @param percent X of "return within X % of baseline" @return a copy using it */
    public TimeCourseSettings withReturnWithinPercent(final double percent) {
        return new TimeCourseSettings(normalization, timeUnit, placeboGroup, threshold, effectSide, percent,
            auecMethod, doseMetric, doseModel, confidenceLevel);
    }

    /** @param method the AUEC method @return a copy using it */
    public TimeCourseSettings withAuecMethod(final AuecMethod method) {
        return new TimeCourseSettings(normalization, timeUnit, placeboGroup, threshold, effectSide,
            returnWithinPercent, method, doseMetric, doseModel, confidenceLevel);
    }

    /** @param unit the time unit @return a copy using it */
    public TimeCourseSettings withTimeUnit(final TimeUnit unit) {
        return new TimeCourseSettings(normalization, unit, placeboGroup, threshold, effectSide, returnWithinPercent,
            auecMethod, doseMetric, doseModel, confidenceLevel);
    }

    /** @param metric the metric to fit against dose @param model the model @return a copy fitting it */
    public TimeCourseSettings withDoseDependence(final PdMetric metric, final DoseModel model) {
        return new TimeCourseSettings(normalization, timeUnit, placeboGroup, threshold, effectSide,
            returnWithinPercent, auecMethod, Optional.of(metric), model, confidenceLevel);
    }

    /** @return the threshold with its unit and side, for reasons, e.g. "at or above 50 % inhibition" */
    String thresholdText() {
        return "at or " + effectSide.label() + " " + NumberText.of(threshold) + " " + normalization.unit();
    }
}
