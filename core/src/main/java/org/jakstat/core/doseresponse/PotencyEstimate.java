package org.jakstat.core.doseresponse;

/**
 * A potency (IC50, ECx, absolute IC50) on the log scale where it is estimated, with its back-transformed
 * values. CIs are {@code log +- t(1-alpha/2, N-K) * SE(log)}, so the molar CI is asymmetric (Prism 10 Curve
 * Fitting Guide, "Why Prism fits the logEC50 rather than EC50"). When the value is censored the estimate is
 * kept (it is extrapolated) and {@link #reportedMolar()} gives the bound.
 *
 * @param logValue         log10 of the concentration in M (NaN when not determined)
 * @param standardErrorLog SE of {@code logValue} (NaN when undefined)
 * @param lowerLog         lower CI limit, log10 M
 * @param upperLog         upper CI limit, log10 M
 * @param censoring        qualifier
 * @param boundLog         for ABOVE/BELOW: log10 of the tested concentration it is censored at; NaN otherwise
 */
public record PotencyEstimate(double logValue, double standardErrorLog, double lowerLog, double upperLog,
                              Censoring censoring, double boundLog) {

    /** Validates the censoring and bound. */
    public PotencyEstimate {
        if (censoring == null) {
            throw new IllegalArgumentException("censoring must not be null");
        }
        boolean censored = censoring == Censoring.ABOVE || censoring == Censoring.BELOW;
        if (censored == Double.isNaN(boundLog)) {
            throw new IllegalArgumentException("a censored potency needs a bound, an uncensored one none");
        }
    }

    /** @return a potency that could not be determined */
    public static PotencyEstimate notDetermined() {
        return new PotencyEstimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Censoring.NOT_DETERMINED,
                Double.NaN);
    }

    /** @return the estimate in M, {@code 10^logValue} */
    public double molar() {
        return Math.pow(10, logValue);
    }

    /** @return lower CI limit in M */
    public double lowerMolar() {
        return Math.pow(10, lowerLog);
    }

    /** @return upper CI limit in M */
    public double upperMolar() {
        return Math.pow(10, upperLog);
    }

    /** @return pX = -log10(value in M), e.g. pIC50 */
    public double pValue() {
        return -logValue;
    }

    /** @return the value to report in M: the bound when censored, else the estimate; NaN when there is none */
    public double reportedMolar() {
        if (isCensored()) {
            return Math.pow(10, boundLog);
        }
        return Double.isFinite(logValue) ? molar() : Double.NaN;
    }

    /** @return the reported value as pX, -log10 of {@link #reportedMolar()} (the bound's pX when censored) */
    public double reportedPValue() {
        return -Math.log10(reportedMolar());
    }

    /** @return true when censored '&gt;' or '&lt;' */
    public boolean isCensored() {
        return censoring == Censoring.ABOVE || censoring == Censoring.BELOW;
    }
}
