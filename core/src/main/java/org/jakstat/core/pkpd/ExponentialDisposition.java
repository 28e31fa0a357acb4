package org.jakstat.core.pkpd;

import java.util.Arrays;

/**
 * The disposition function of a linear mammillary model: the central concentration after a unit amount reaches
 * the central compartment at time 0, {@code C(t) = sum_i A_i e^(-lambda_i t)} (Gibaldi &amp; Perrier,
 * Pharmacokinetics, 2nd ed., 1982, ch. 2; Rowland &amp; Tozer, Clinical Pharmacokinetics and Pharmacodynamics,
 * 4th ed., 2011, ch. 19). With apparent (divided by F) volumes the coefficients are per mg dosed.
 *
 * @param coefficients A_i [1/L], each finite and &gt;= 0 (a two-compartment coefficient can round to 0 when
 *        the intercompartmental clearance is tiny), at least one &gt; 0
 * @param rates lambda_i [1/h], each finite and &gt; 0, as many as coefficients
 */
public record ExponentialDisposition(double[] coefficients, double[] rates) {

    /** Validates lengths and values and keeps private copies. */
    public ExponentialDisposition {
        if (coefficients == null || rates == null || coefficients.length == 0
            || coefficients.length != rates.length) {
            throw new IllegalArgumentException("a disposition needs as many coefficients as rates, at least one");
        }
        coefficients = coefficients.clone();
        rates = rates.clone();
        for (int i = 0; i < rates.length; i++) {
            ParameterChecks.nonNegative("disposition coefficient A" + (i + 1) + " [1/L]", coefficients[i]);
            ParameterChecks.positive("disposition rate lambda" + (i + 1) + " [1/h]", rates[i]);
        }
        if (Arrays.stream(coefficients).noneMatch(a -> a > 0)) {
            throw new IllegalArgumentException("at least one disposition coefficient must be > 0");
        }
    }

    /** @return a copy of the coefficients A_i [1/L] */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return a copy of the rates lambda_i [1/h] */
    @Override
    public double[] rates() {
        return rates.clone();
    }

    /** @return the number of exponential terms */
    public int size() {
        return rates.length;
    }

    /** @return A_i [1/L] without copying */
    double coefficient(final int i) {
        return coefficients[i];
    }

    /** @return lambda_i [1/h] without copying */
    double rate(final int i) {
        return rates[i];
    }

    /** @return the smallest rate [1/h] (terminal disposition phase) */
    public double slowestRate() {
        return Arrays.stream(rates).min().orElseThrow();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof ExponentialDisposition d && Arrays.equals(coefficients, d.coefficients)
            && Arrays.equals(rates, d.rates);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(coefficients) + Arrays.hashCode(rates);
    }

    @Override
    public String toString() {
        return "ExponentialDisposition[A=" + Arrays.toString(coefficients) + ", lambda=" + Arrays.toString(rates)
            + "]";
    }
}
