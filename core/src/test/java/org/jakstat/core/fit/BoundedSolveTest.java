package org.jakstat.core.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The general solver on problems whose solution lies on a bound, started on that bound: the other parameters must
 * still reach their constrained optimum, which for a straight line with its intercept held on the bound is closed
 * form (b = sum x (y - A) / sum x^2).
 */
class BoundedSolveTest {

    /** y = a + b x, undefined (NaN) for a above {@code limit}, as a model checks its domain (Imax > 1). */
    private record Line(double limit) implements ParametricModel {

        @Override
        public List<String> parameterNames() {
            return List.of("a", "b");
        }

        @Override
        public double value(double x, double[] p) {
            return p[0] > limit ? Double.NaN : p[0] + p[1] * x;
        }

        @Override
        public double valueAndGradient(double x, double[] p, double[] g) {
            g[0] = 1;
            g[1] = x;
            return value(x, p);
        }
    }

    private static final double[] X = {1, 2, 3, 4, 5, 6};

    /** y = 10 + 2 x with small deterministic deviations: the unconstrained intercept is about 10, above A = 4. */
    private static final double[] Y = {12.1, 13.9, 16.2, 17.8, 20.1, 21.9};

    private static final double A = 4;

    private static double constrainedSlope() {
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < X.length; i++) {
            sxy += X[i] * (Y[i] - A);
            sxx += X[i] * X[i];
        }
        return sxy / sxx;
    }

    @Test
    void startedOnTheBoundTheFreeParameterStillReachesItsOptimum() {
        RegressionProblem problem = RegressionProblem.unweighted(new Line(A), X, Y, new double[]{A, 0.5})
            .withConstraints(ParameterConstraints.none(2).withBounds(0, Double.NEGATIVE_INFINITY, A));
        LeastSquaresSolution s = new LevenbergMarquardtSolver(SolverOptions.defaults()).solve(problem);
        assertTrue(s.status().isConverged(), s.toString());
        assertEquals(A, s.parameters()[0], 0);
        assertEquals(constrainedSlope(), s.parameters()[1], 1e-10);
        assertArrayEquals(new boolean[]{true, false}, s.atBound());
    }

    @Test
    void startedInsideItEndsOnTheBoundAtTheSameOptimum() {
        RegressionProblem problem = RegressionProblem.unweighted(new Line(A), X, Y, new double[]{0, 0})
            .withConstraints(ParameterConstraints.none(2).withBounds(0, Double.NEGATIVE_INFINITY, A));
        LeastSquaresSolution s = new LevenbergMarquardtSolver(SolverOptions.defaults()).solve(problem);
        assertTrue(s.status().isConverged(), s.toString());
        assertEquals(A, s.parameters()[0], 1e-12);
        assertEquals(constrainedSlope(), s.parameters()[1], 1e-9);
    }

    /**
     * At the constrained optimum the gradient of the held-at-bound intercept points out of the box: that is the
     * Karush-Kuhn-Tucker condition, so the gradient test must pass there at once instead of the solver stalling.
     */
    @Test
    void theConstrainedOptimumIsRecognisedAsConverged() {
        RegressionProblem problem = RegressionProblem.unweighted(new Line(A), X, Y, new double[]{A, constrainedSlope()})
            .withConstraints(ParameterConstraints.none(2).withBounds(0, Double.NEGATIVE_INFINITY, A));
        LeastSquaresSolution s = new LevenbergMarquardtSolver(SolverOptions.defaults()).solve(problem);
        assertEquals(ConvergenceStatus.CONVERGED, s.status(), s.toString());
        assertEquals(0, s.iterations(), s.toString());
    }
}
