package org.jakstat.core.doseresponse;

import java.util.Arrays;
import org.jakstat.core.potency.PotencyScale;

/**
 * The points of one curve. X is log10 of the concentration in M; {@code -Infinity} marks a control
 * (concentration &lt;= 0), NaN a missing or invalid concentration. Responses may be NaN (reported as missing).
 * Arrays are copied in; accessors return copies.
 *
 * @param logConcentrations X = log10(conc / M) per point
 * @param responses         Y per point
 * @param excluded          per point, true when the caller excludes it (mask)
 * @param standardDeviations per point, the SD of its response as the caller knows it (e.g. a column of SDs), used by
 *                          {@link Weighting#GIVEN_SD}; NaN where not known
 */
public record DoseResponseData(double[] logConcentrations, double[] responses, boolean[] excluded,
                               double[] standardDeviations) {

    /** Validates non-null arrays of equal length. */
    public DoseResponseData {
        if (logConcentrations == null || responses == null || excluded == null || standardDeviations == null) {
            throw new IllegalArgumentException("arrays must not be null");
        }
        if (logConcentrations.length != responses.length || responses.length != excluded.length
                || excluded.length != standardDeviations.length) {
            throw new IllegalArgumentException("concentrations, responses, mask and SDs differ in length: "
                    + logConcentrations.length + ", " + responses.length + ", " + excluded.length + ", "
                    + standardDeviations.length);
        }
        logConcentrations = logConcentrations.clone();
        responses = responses.clone();
        excluded = excluded.clone();
        standardDeviations = standardDeviations.clone();
    }

    /**
     * Data without known SDs.
     *
     * @param logConcentrations X = log10(conc / M) per point
     * @param responses         Y per point
     * @param excluded          the caller's exclusion mask
     */
    public DoseResponseData(double[] logConcentrations, double[] responses, boolean[] excluded) {
        this(logConcentrations, responses, excluded, unknownSds(responses));
    }

    private static double[] unknownSds(double[] responses) {
        if (responses == null) {
            return null;
        }
        double[] sd = new double[responses.length];
        Arrays.fill(sd, Double.NaN);
        return sd;
    }

    /**
     * @param molar     concentrations in M; &lt;= 0 become controls, NaN stays invalid
     * @param responses responses
     * @return data without exclusions
     */
    public static DoseResponseData fromMolar(double[] molar, double[] responses) {
        return new DoseResponseData(toLog(molar), responses, new boolean[molar.length]);
    }

    /**
     * @param molar     concentrations in M
     * @param responses responses
     * @param excluded  caller's exclusion mask
     * @return data
     */
    public static DoseResponseData fromMolar(double[] molar, double[] responses, boolean[] excluded) {
        return new DoseResponseData(toLog(molar), responses, excluded);
    }

    /**
     * @param molar concentrations in M
     * @return log10 of each; -Infinity for values &lt;= 0, NaN for NaN/infinite
     */
    public static double[] toLog(double[] molar) {
        double[] x = new double[molar.length];
        for (int i = 0; i < x.length; i++) {
            double c = molar[i];
            x[i] = !Double.isFinite(c) ? Double.NaN : (c <= 0 ? Double.NEGATIVE_INFINITY : Math.log10(c));
        }
        return x;
    }

    /**
     * X of one concentration as read from a user's column or file, in the unit the user declared.
     *
     * @param value the concentration as written (in M, nM, ..., as pX or as log10 M)
     * @param scale its declared scale
     * @return log10 of the molar concentration; {@code -Infinity} for a control (a linear value &lt;= 0, log10 M
     *         {@code -Infinity}, pX {@code +Infinity}); NaN for a missing or impossible value (NaN, an infinite
     *         concentration)
     */
    public static double logConcentration(double value, PotencyScale scale) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        if (scale.isLinear()) {
            return value == Double.POSITIVE_INFINITY ? Double.NaN
                    : value <= 0 ? Double.NEGATIVE_INFINITY : scale.toLog10Molar(value);
        }
        double x = scale.toLog10Molar(value);
        return x == Double.POSITIVE_INFINITY ? Double.NaN : x;
    }

    /** @return the number of points */
    public int size() {
        return responses.length;
    }

    /** @param i index @return X of point i */
    public double logConcentration(int i) {
        return logConcentrations[i];
    }

    /** @param i index @return Y of point i */
    public double response(int i) {
        return responses[i];
    }

    /** @param i index @return the known SD of point i's response, NaN when not known */
    public double standardDeviation(int i) {
        return standardDeviations[i];
    }

    /** @param i index @return whether point i is masked */
    public boolean isExcluded(int i) {
        return excluded[i];
    }

    @Override
    public double[] logConcentrations() {
        return logConcentrations.clone();
    }

    @Override
    public double[] responses() {
        return responses.clone();
    }

    @Override
    public boolean[] excluded() {
        return excluded.clone();
    }

    @Override
    public double[] standardDeviations() {
        return standardDeviations.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DoseResponseData d && Arrays.equals(logConcentrations, d.logConcentrations)
                && Arrays.equals(responses, d.responses) && Arrays.equals(excluded, d.excluded)
                && Arrays.equals(standardDeviations, d.standardDeviations);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(logConcentrations) + Arrays.hashCode(responses))
                + Arrays.hashCode(excluded)) + Arrays.hashCode(standardDeviations);
    }

    @Override
    public String toString() {
        return "DoseResponseData[n=" + responses.length + "]";
    }
}
