package org.jakstat.core.doseresponse;

/**
 * The fitted curve at one concentration with its pointwise confidence band.
 *
 * @param logConcentration X = log10(concentration in M)
 * @param response         the fitted response Y(X)
 * @param lower            lower limit of the confidence band at X (NaN when the covariance is not known)
 * @param upper            upper limit of the confidence band at X (NaN when the covariance is not known)
 */
public record PredictedResponse(double logConcentration, double response, double lower, double upper) {

    /** @return true when the band limits are finite */
    public boolean hasBand() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }
}
