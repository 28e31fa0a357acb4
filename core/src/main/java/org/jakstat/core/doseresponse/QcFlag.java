package org.jakstat.core.doseresponse;

/** Quality-control flags a fit can raise; each comes with a human-readable reason in a {@link QcFinding}. */
public enum QcFlag {
    /** Fitted IC50 above the highest tested concentration: reported censored '&gt;' that concentration. */
    IC50_ABOVE_RANGE,
    /** Fitted IC50 below the lowest tested concentration: reported censored '&lt;' that concentration. */
    IC50_BELOW_RANGE,
    /** The curve is not significantly better than a horizontal line (or its span is below the minimum). */
    INACTIVE,
    /** |HillSlope| outside the plausible band. */
    HILL_SLOPE_IMPLAUSIBLE,
    /** A parameter is not defined by the data: singular covariance or a huge confidence interval. */
    AMBIGUOUS,
    /** Fewer usable points than free parameters + 1. */
    TOO_FEW_POINTS,
    /** The solver did not converge. */
    NOT_CONVERGED,
    /** A parameter ended on one of its bounds. */
    PARAMETER_AT_BOUND,
    /** Some input points were not used (missing values, mask, invalid concentration, unweightable). */
    POINTS_EXCLUDED,
    /** ROUT removed outliers. */
    OUTLIERS_REMOVED,
    /** Control points (concentration &lt;= 0) were excluded by setting. */
    CONTROL_POINTS_EXCLUDED,
    /** Replicate weighting had to use a pooled SD for some concentrations, or fell back to no weighting. */
    WEIGHTS_IMPUTED,
    /** The replicates test finds significant lack of fit (p &lt; 0.05). */
    LACK_OF_FIT
}
