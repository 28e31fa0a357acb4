package org.jakstat.core.doseresponse;

/** How {@link ModelComparison} picks one of two nested fits. */
public enum ModelSelection {
    /** the extra-sum-of-squares F test at alpha 0.05: the more complex model only when significantly better */
    F_TEST,
    /** the lower AICc (Akaike's criterion with the small-sample correction) */
    AICC
}
