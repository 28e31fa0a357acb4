package org.jakstat.core.fit;

/**
 * Stopping rules of the Levenberg-Marquardt solvers.
 *
 * @param maxIterations     maximum number of Jacobian evaluations (accepted or rejected steps both count)
 * @param relativeStepTolerance converged when the scaled step is at most this times the scaled parameter norm
 * @param relativeCostTolerance converged when an accepted step reduces the RSS by at most this fraction
 * @param gradientTolerance converged when the largest cosine between the residual vector and a Jacobian column
 *                          is at most this (MINPACK's gtol test)
 */
public record SolverOptions(int maxIterations, double relativeStepTolerance, double relativeCostTolerance,
                            double gradientTolerance) {

    /** Validates that every limit is positive. */
    public SolverOptions {
        if (maxIterations < 1 || !(relativeStepTolerance > 0) || !(relativeCostTolerance > 0)
                || !(gradientTolerance >= 0)) {
            throw new IllegalArgumentException("solver limits must be positive");
        }
    }

    /** @return defaults tight enough for certified-value accuracy: 1000 iterations, tolerances near eps */
    public static SolverOptions defaults() {
        return new SolverOptions(1000, 1e-14, 1e-15, 1e-15);
    }

    /** @param iterations new iteration limit @return a copy with it */
    public SolverOptions withMaxIterations(int iterations) {
        return new SolverOptions(iterations, relativeStepTolerance, relativeCostTolerance, gradientTolerance);
    }
}
