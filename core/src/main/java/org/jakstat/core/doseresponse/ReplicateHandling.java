package org.jakstat.core.doseresponse;

/** Whether replicates enter the fit as individual points or as their mean per concentration. */
public enum ReplicateHandling {
    /** Every replicate is a point (Prism's default, and what the replicates test needs). */
    INDIVIDUAL_POINTS,
    /** One point per concentration, the mean of its replicates (weighted by n/SD^2 with replicate weighting). */
    MEANS
}
