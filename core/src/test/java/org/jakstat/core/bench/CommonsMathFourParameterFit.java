package org.jakstat.core.bench;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * The baseline: the same unweighted 4PL fit done with Commons Math 3.6.1's {@link LevenbergMarquardtOptimizer}
 * (a MINPACK port) with the analytic Jacobian, SEs from its covariance {@code (J'J)^-1 * RSS/(n-p)}.
 */
public final class CommonsMathFourParameterFit {

    private static final double LN10 = Math.log(10);

    private CommonsMathFourParameterFit() {
    }

    /**
     * @param x     log10 concentrations
     * @param y     responses
     * @param start Bottom, Top, LogIC50, HillSlope
     * @return {Bottom, Top, LogIC50, HillSlope, SE x4, RSS}, or null when the optimizer throws
     */
    public static double[] fit(double[] x, double[] y, double[] start) {
        MultivariateJacobianFunction model = p -> {
            double b = p.getEntry(0);
            double span = p.getEntry(1) - b;
            double l = p.getEntry(2);
            double h = p.getEntry(3);
            double[] v = new double[x.length];
            double[][] j = new double[x.length][4];
            for (int i = 0; i < x.length; i++) {
                double q = 1 / (1 + Math.exp(LN10 * (l - x[i]) * h));
                double dz = -span * LN10 * q * (1 - q);
                v[i] = b + span * q;
                j[i][0] = 1 - q;
                j[i][1] = q;
                j[i][2] = dz * h;
                j[i][3] = dz * (l - x[i]);
            }
            return new Pair<RealVector, RealMatrix>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(j, false));
        };
        try {
            LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer()
                    .withCostRelativeTolerance(1e-14).withParameterRelativeTolerance(1e-14)
                    .optimize(new LeastSquaresBuilder().model(model).target(y).start(start).maxEvaluations(10_000)
                            .maxIterations(10_000).lazyEvaluation(false).build());
            double[] p = o.getPoint().toArray();
            double rss = o.getCost() * o.getCost();
            RealMatrix cov = o.getCovariances(1e-14);
            double s2 = rss / (x.length - 4);
            double[] out = new double[9];
            for (int k = 0; k < 4; k++) {
                out[k] = p[k];
                out[4 + k] = Math.sqrt(cov.getEntry(k, k) * s2);
            }
            out[8] = rss;
            return out;
        } catch (RuntimeException failed) {
            return null;
        }
    }
}
