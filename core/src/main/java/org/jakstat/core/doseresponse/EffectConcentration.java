package org.jakstat.core.doseresponse;

/**
 * ECx/ICx: the concentration at which the effect has gone {@code effectPercent} % of the way from the zero-dose
 * plateau to the other plateau (IC80 of an inhibition curve = 80 % inhibition of the fitted span). Its SE on
 * the log scale comes from the delta method with the full parameter covariance.
 *
 * @param effectPercent x in (0, 100)
 * @param potency       the concentration with CI and censoring
 */
public record EffectConcentration(double effectPercent, PotencyEstimate potency) {

    /** Validates the level. */
    public EffectConcentration {
        if (!(effectPercent > 0 && effectPercent < 100) || potency == null) {
            throw new IllegalArgumentException("effect percent must be in (0, 100) with a potency");
        }
    }
}
