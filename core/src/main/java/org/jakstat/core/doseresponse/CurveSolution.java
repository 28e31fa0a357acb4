package org.jakstat.core.doseresponse;

import org.jakstat.core.fit.ConvergenceStatus;

/**
 * One solved curve, whichever solver produced it (package-private).
 *
 * @param parameters  values in model order
 * @param rss         weighted RSS
 * @param iterations  solver iterations
 * @param status      how the solve ended
 * @param atBound     whether a free parameter ended on a bound
 * @param covariance  p-by-p covariance (zeros for fixed parameters), all NaN when singular
 * @param degreesOfFreedom N - K
 */
record CurveSolution(double[] parameters, double rss, int iterations, ConvergenceStatus status, boolean atBound,
                     double[][] covariance, int degreesOfFreedom) {

    /** @return true when converged with finite parameters */
    boolean usable() {
        if (!status.isConverged() || !Double.isFinite(rss)) {
            return false;
        }
        for (double v : parameters) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
