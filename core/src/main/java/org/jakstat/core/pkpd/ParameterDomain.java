package org.jakstat.core.pkpd;

/**
 * Where a PK/PD parameter may lie, and therefore how {@link PkPdFitter} estimates it. Strictly positive rate
 * constants, volumes, clearances and potencies are fitted as their natural logarithm, which keeps them positive
 * without a bound and gives asymmetric confidence intervals back-transformed from symmetric ones on the log
 * scale, as the project does for IC50 from LogIC50 (DESIGN.md); the others are fitted on their own scale with
 * box bounds.
 */
public enum ParameterDomain {
    /** Strictly positive; fitted as ln p, interval {@code exp(ln p +- t SE(ln p))}, SE reported as p SE(ln p). */
    LOG_POSITIVE(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
    /** p &gt;= 0, fitted on its own scale with lower bound 0 (a lag time, which may well be 0). */
    NON_NEGATIVE(0.0, Double.POSITIVE_INFINITY),
    /** A fraction in [0, 1] (Imax), fitted on its own scale with both bounds. */
    FRACTION(0.0, 1.0),
    /** Any finite value (a baseline, an Emax that may be negative); fitted unbounded. */
    REAL(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    private final double m_lower;

    private final double m_upper;

    ParameterDomain(final double lower, final double upper) {
        m_lower = lower;
        m_upper = upper;
    }

    /**
     * @param value a parameter value
     * @return the value on the fitting scale: ln p for {@link #LOG_POSITIVE}, else p
     */
    public double toFittingScale(final double value) {
        return this == LOG_POSITIVE ? Math.log(value) : value;
    }

    /**
     * @param theta a value on the fitting scale
     * @return the parameter value: e^theta for {@link #LOG_POSITIVE}, else theta
     */
    public double fromFittingScale(final double theta) {
        return this == LOG_POSITIVE ? Math.exp(theta) : theta;
    }

    /**
     * @param value the parameter value
     * @return {@code dp / dtheta} at that value: p for {@link #LOG_POSITIVE}, else 1
     */
    public double derivativeOfValue(final double value) {
        return this == LOG_POSITIVE ? value : 1.0;
    }

    /** @return the lower bound on the fitting scale */
    public double lowerBound() {
        return m_lower;
    }

    /** @return the upper bound on the fitting scale */
    public double upperBound() {
        return m_upper;
    }

    /**
     * @param value a parameter value
     * @return true when the value lies in the domain (and can be put on the fitting scale)
     */
    public boolean contains(final double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        return this == LOG_POSITIVE ? value > 0 : value >= m_lower && value <= m_upper;
    }
}
