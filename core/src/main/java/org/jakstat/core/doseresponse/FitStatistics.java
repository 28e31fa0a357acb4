package org.jakstat.core.doseresponse;

import org.jakstat.core.fit.ConvergenceStatus;
import org.jakstat.core.fit.GoodnessOfFit;

/**
 * Solver and goodness-of-fit numbers of one curve.
 *
 * @param goodness    N, K, df, RSS, Sy.x, R², adjusted R², AICc (NaN where undefined)
 * @param iterations  solver iterations of the chosen start
 * @param starts      how many start points were tried (1 unless the multi-start fallback ran)
 * @param convergence how the chosen solve ended
 */
public record FitStatistics(GoodnessOfFit goodness, int iterations, int starts, ConvergenceStatus convergence) {

    /** Validates non-null parts. */
    public FitStatistics {
        if (goodness == null || convergence == null) {
            throw new IllegalArgumentException("goodness and convergence must not be null");
        }
    }

    /** @return statistics of a curve that was not fitted */
    public static FitStatistics none() {
        return new FitStatistics(new GoodnessOfFit(0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN), 0, 0, ConvergenceStatus.NUMERICAL_FAILURE);
    }
}
