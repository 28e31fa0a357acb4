package org.jakstat.core.pkpd;

/** How a PK/PD fit ended. Only {@link #FITTED} and {@link #AMBIGUOUS} carry parameter values. */
public enum PkPdFitStatus {
    /** Converged, with standard errors and confidence intervals. */
    FITTED("fitted"),
    /**
     * Converged, but the data cannot determine every free parameter (the covariance matrix is singular): the
     * values are one of many equally good solutions and have no SE or CI (Prism's "ambiguous").
     */
    AMBIGUOUS("ambiguous"),
    /** The solver did not converge from any start. */
    NOT_CONVERGED("not converged"),
    /** Not more usable observations than free parameters, so nothing can be estimated with an error. */
    TOO_FEW_OBSERVATIONS("too few observations"),
    /** The start values do not describe a valid model (e.g. a negative volume). */
    INVALID_START("invalid start values");

    private final String m_label;

    PkPdFitStatus(final String label) {
        m_label = label;
    }

    /** @return a short lower-case description, e.g. "too few observations" */
    public String label() {
        return m_label;
    }

    /** @return true when the result carries parameter values */
    public boolean hasEstimates() {
        return this == FITTED || this == AMBIGUOUS;
    }
}
