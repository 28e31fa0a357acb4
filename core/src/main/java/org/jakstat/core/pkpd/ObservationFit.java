package org.jakstat.core.pkpd;

import java.util.Optional;

/**
 * One observation of a PK/PD fit as the fitter saw it: used, or excluded with the reason; and the model's
 * prediction at its time when the fit has estimates (NaN otherwise, or when the time is not a number).
 *
 * @param profile index of its {@link DosedProfile} in the problem
 * @param index its index within that profile (input order)
 * @param time observation time [h]
 * @param observed the observed value
 * @param predicted the prediction at the fitted parameters, NaN when there is none
 * @param weight the least-squares weight (0 when excluded)
 * @param exclusion why it was not used, empty when it was
 */
public record ObservationFit(int profile, int index, double time, double observed, double predicted, double weight,
    Optional<String> exclusion) {

    /** Validates the exclusion reason holder. */
    public ObservationFit {
        if (exclusion == null) {
            throw new IllegalArgumentException("exclusion must be Optional.empty() for a used observation");
        }
    }

    /** @return true when the observation entered the fit */
    public boolean used() {
        return exclusion.isEmpty();
    }

    /** @return observed minus predicted, NaN when either is missing */
    public double residual() {
        return observed - predicted;
    }
}
