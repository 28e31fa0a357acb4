package org.jakstat.core.pkpd;

/** How a PK/PD fit ended. Only {@link #FITTED} and {@link #AMBIGUOUS} carry parameter values. */
public enum PkPdFitStatus {
    /** Converged, with standard errors and confidence intervals. */
    FITTED,
    /**
     * Converged, but the data cannot determine every free parameter (the covariance matrix is singular): the
     * values are one of many equally good solutions and have no SE or CI (Prism's "ambiguous").
     */
    AMBIGUOUS,
    /** The solver did not converge from any start. */
    NOT_CONVERGED,
    /** Not more usable observations than free parameters, so nothing can be estimated with an error. */
    TOO_FEW_OBSERVATIONS,
    /** The start values do not describe a valid model (e.g. a negative volume). */
    INVALID_START;

    /** @return true when the result carries parameter values */
    public boolean hasEstimates() {
        return this == FITTED || this == AMBIGUOUS;
    }
}
