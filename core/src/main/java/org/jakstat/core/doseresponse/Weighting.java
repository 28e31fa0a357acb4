package org.jakstat.core.doseresponse;

/** How points are weighted in the least-squares fit. */
public enum Weighting {
    /** Every point counts equally. */
    NONE,
    /**
     * Relative weighting, {@code w = 1/Y^2} with Y the observed response (a point with Y = 0 cannot be weighted
     * and is excluded with a reason). Prism weights by the curve's Y instead; observed Y keeps the fit a plain
     * weighted least-squares problem.
     */
    RELATIVE,
    /**
     * {@code w = 1/SD^2}, SD of the replicates at the same concentration. Concentrations without a usable SD
     * (a single replicate, or SD 0) get the pooled SD of the others, flagged.
     */
    REPLICATE_VARIANCE,
    /**
     * {@code w = 1/SD^2} with the SD the caller gives per point ({@link DoseResponseData#standardDeviations()}, e.g.
     * a column of SDs of already averaged responses). A point without a finite SD &gt; 0 cannot be weighted and is
     * excluded with a reason. A mean of n replicates gets {@code w = n^2 / sum SD_i^2} (the inverse variance of the
     * mean). As with the other schemes, the covariance is scaled by the residual variance (R's {@code nls} with
     * {@code weights}, Prism): the SDs give relative weights.
     */
    GIVEN_SD
}
