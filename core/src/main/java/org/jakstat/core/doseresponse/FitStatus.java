package org.jakstat.core.doseresponse;

/** Overall outcome of one curve fit. Only {@link #FITTED} carries parameter estimates. */
public enum FitStatus {
    /** The fit converged; read the QC findings before trusting the estimates. */
    FITTED,
    /** The solver did not converge from any start; estimates are NaN. */
    NOT_CONVERGED,
    /** Fewer usable points than free parameters + 1. */
    TOO_FEW_POINTS,
    /** Every usable response is identical: no curve is defined (the compound is inactive). */
    CONSTANT_RESPONSE,
    /** The input itself is unusable (arrays of different lengths, no points, contradictory settings). */
    INVALID_INPUT
}
