package org.jakstat.core.doseresponse;

/**
 * Limits behind the QC flags.
 *
 * @param inactivityAlpha     a curve is INACTIVE when the extra-sum-of-squares F test against a horizontal line
 *                            (Motulsky & Christopoulos 2004, ch. 22) is not significant at this level
 * @param minimumSpan         a curve is INACTIVE when |Top - Bottom| is below this (response units; 0 = off)
 * @param minimumHillMagnitude HILL_SLOPE_IMPLAUSIBLE when |HillSlope| is below this
 * @param maximumHillMagnitude HILL_SLOPE_IMPLAUSIBLE when |HillSlope| is above this
 * @param ambiguityFactor     AMBIGUOUS when a free parameter's CI half-width exceeds this many times its scale
 *                            (LogIC50: the tested log range; Bottom/Top: the observed response range;
 *                            HillSlope: max(1, |HillSlope|)), or its SE is not finite
 */
public record QualityThresholds(double inactivityAlpha, double minimumSpan, double minimumHillMagnitude,
                                double maximumHillMagnitude, double ambiguityFactor) {

    /** Validates ranges. */
    public QualityThresholds {
        if (!(inactivityAlpha > 0 && inactivityAlpha < 1) || !(minimumSpan >= 0)
                || !(minimumHillMagnitude >= 0 && minimumHillMagnitude <= maximumHillMagnitude)
                || !(ambiguityFactor > 0)) {
            throw new IllegalArgumentException("invalid QC thresholds");
        }
    }

    /** @return alpha 0.05, no minimum span, plausible |HillSlope| in [0.3, 5], ambiguity factor 10 */
    public static QualityThresholds defaults() {
        return new QualityThresholds(0.05, 0, 0.3, 5, 10);
    }
}
