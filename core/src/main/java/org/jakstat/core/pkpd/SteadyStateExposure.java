package org.jakstat.core.pkpd;

/**
 * Exposure over one dosing interval at steady state (total plasma concentration), as reported in labels and by
 * NCA tools (PKNCA / Phoenix WinNonlin vocabulary: Cmax, Tmax, Cmin, Cavg = AUCtau / tau).
 *
 * @param doseMg dose per interval [mg]
 * @param intervalHours tau [h]
 * @param cmax highest concentration in the interval [mg/L]
 * @param tmax its time after the dose [h]
 * @param cmin lowest concentration in the interval [mg/L]
 * @param tmin its time after the dose [h] (the lag time, or 0, for oral dosing)
 * @param cavg average concentration AUCtau / tau [mg/L]
 * @param aucTau area over the interval at steady state, D / (CL/F) [mg h/L]
 * @param accumulationRatio 1 / (1 - e^(-lambda_z tau)) for the terminal rate
 */
public record SteadyStateExposure(double doseMg, double intervalHours, double cmax, double tmax, double cmin,
    double tmin, double cavg, double aucTau, double accumulationRatio) {

    /** Validates that every value is finite and ordered (cmin &lt;= cavg &lt;= cmax). */
    public SteadyStateExposure {
        for (double v : new double[] {doseMg, intervalHours, cmax, tmax, cmin, tmin, cavg, aucTau,
            accumulationRatio}) {
            ParameterChecks.nonNegative("steady-state exposure value", v);
        }
        if (cmin > cavg * (1 + 1e-9) || cavg > cmax * (1 + 1e-9)) {
            throw new IllegalArgumentException(
                "expected Cmin <= Cavg <= Cmax, got " + cmin + ", " + cavg + ", " + cmax);
        }
    }
}
