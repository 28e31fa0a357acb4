package org.jakstat.core.doseresponse;

import java.util.Arrays;

/**
 * The points of one curve. X is log10 of the concentration in M; {@code -Infinity} marks a control
 * (concentration &lt;= 0), NaN a missing or invalid concentration. Responses may be NaN (reported as missing).
 * Arrays are copied in; accessors return copies.
 *
 * @param logConcentrations X = log10(conc / M) per point
 * @param responses         Y per point
 * @param excluded          per point, true when the caller excludes it (mask)
 */
public record DoseResponseData(double[] logConcentrations, double[] responses, boolean[] excluded) {

    /** Validates non-null arrays of equal length. */
    public DoseResponseData {
        if (logConcentrations == null || responses == null || excluded == null) {
            throw new IllegalArgumentException("arrays must not be null");
        }
        if (logConcentrations.length != responses.length || responses.length != excluded.length) {
            throw new IllegalArgumentException("concentrations, responses and mask differ in length: "
                    + logConcentrations.length + ", " + responses.length + ", " + excluded.length);
        }
        logConcentrations = logConcentrations.clone();
        responses = responses.clone();
        excluded = excluded.clone();
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
    public boolean equals(Object o) {
        return o instanceof DoseResponseData d && Arrays.equals(logConcentrations, d.logConcentrations)
                && Arrays.equals(responses, d.responses) && Arrays.equals(excluded, d.excluded);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(logConcentrations) + Arrays.hashCode(responses))
                + Arrays.hashCode(excluded);
    }

    @Override
    public String toString() {
        return "DoseResponseData[n=" + responses.length + "]";
    }
}
