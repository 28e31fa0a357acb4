package org.jakstat.core.fit;

/** Which of two nested models a comparison prefers. */
public enum PreferredModel {
    /** The model with fewer parameters (the null hypothesis of the F test). */
    SIMPLER,
    /** The model with more parameters. */
    MORE_COMPLEX,
    /** The comparison could not be made (missing degrees of freedom, a failed fit). */
    UNDETERMINED
}
