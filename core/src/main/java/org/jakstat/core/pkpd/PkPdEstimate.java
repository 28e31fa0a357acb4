package org.jakstat.core.pkpd;

/**
 * One parameter of a PK/PD fit on its natural scale. For a {@link ParameterDomain#LOG_POSITIVE} parameter the
 * interval is back-transformed from the log scale, {@code [p e^(-t SE(ln p)), p e^(t SE(ln p))]}, and the SE is
 * the delta-method {@code p SE(ln p)}; for the others both are Wald values on their own scale, the interval cut
 * at the parameter's bounds (Imax within [0, 1], tlag &gt;= 0). A fixed parameter
 * has SE 0 and the interval [value, value]; an undetermined one has NaN.
 *
 * @param parameter which parameter
 * @param value the estimate (or the held value)
 * @param standardError its asymptotic standard error
 * @param lower lower confidence limit
 * @param upper upper confidence limit
 * @param fixed true when it was held at its given value
 * @param atBound true when a free parameter ended on a bound of its domain (e.g. Imax = 1, tlag = 0), where
 *            the Wald SE and interval assume an interior estimate and are only indicative
 */
public record PkPdEstimate(PkPdParameter parameter, double value, double standardError, double lower,
    double upper, boolean fixed, boolean atBound) {

    /** Validates the parameter. */
    public PkPdEstimate {
        if (parameter == null) {
            throw new IllegalArgumentException("an estimate needs its parameter");
        }
    }

    /**
     * @param parameter the parameter
     * @param value the value it was held at
     * @return a fixed parameter
     */
    public static PkPdEstimate fixedAt(final PkPdParameter parameter, final double value) {
        return new PkPdEstimate(parameter, value, 0, value, value, true, false);
    }

    /**
     * @param parameter the parameter
     * @return a free parameter without an estimate
     */
    public static PkPdEstimate undetermined(final PkPdParameter parameter) {
        return new PkPdEstimate(parameter, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, false);
    }
}
