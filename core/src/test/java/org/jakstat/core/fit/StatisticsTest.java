package org.jakstat.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics of the fit package against hand-computed and analytic references. */
class StatisticsTest {

    /** y = a + b x: linear, so profile-likelihood and Wald intervals coincide exactly. */
    static final ParametricModel LINE = new ParametricModel() {
        @Override
        public List<String> parameterNames() {
            return List.of("a", "b");
        }

        @Override
        public double value(double x, double[] p) {
            return p[0] + p[1] * x;
        }

        @Override
        public double valueAndGradient(double x, double[] p, double[] g) {
            g[0] = 1;
            g[1] = x;
            return value(x, p);
        }
    };

    static final double[] X = {1, 2, 3, 4, 5, 6, 7, 8};
    static final double[] Y = {2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1};

    /** AICc by hand (Burnham & Anderson eq. 2.2, K = 4 + 1): 20 ln(100/20) + 10 + 2*5*6/(20-5-1) = 46.4747. */
    @Test
    void aiccCountsTheVarianceAsAParameter() {
        assertEquals(20 * Math.log(5) + 10 + 60.0 / 14, GoodnessOfFit.aicc(20, 4, 100), 1e-12);
        assertTrue(Double.isNaN(GoodnessOfFit.aicc(6, 4, 1)));
    }

    @Test
    void rSquaredAndSyxFollowPrismsDefinitions() {
        GoodnessOfFit g = GoodnessOfFit.of(10, 4, 2, 20);
        assertEquals(0.9, g.rSquared(), 1e-15);
        assertEquals(Math.sqrt(2.0 / 6), g.syx(), 1e-15);
        assertEquals(1 - (2.0 / 6) / (20.0 / 9), g.adjustedRSquared(), 1e-15);
    }

    /** F = ((12-8)/(10-8)) / (8/8) = 2 with (2, 8) df; P(F' >= 2) = 0.19753086... = (1 + 2*2/8)^-4. */
    @Test
    void extraSumOfSquaresTestMatchesClosedForm() {
        NestedModelComparison c = NestedModelComparison.of(GoodnessOfFit.of(12, 2, 12, 100),
                GoodnessOfFit.of(12, 4, 8, 100), 0.05);
        assertEquals(2, c.fRatio(), 1e-15);
        assertEquals(Math.pow(1 + 2.0 * 2 / 8, -4), c.pValue(), 1e-12);
        assertEquals(PreferredModel.SIMPLER, c.preferredByFTest());
    }

    /** Replicates test: groups {1,3} and {2,4} at two x; SSpe = 2 + 2 = 4 on 2 df. */
    @Test
    void lackOfFitSplitsPureError() {
        LackOfFitTest t = LackOfFitTest.of(new double[] {0, 0, 1, 1, 2}, new double[] {1, 3, 2, 4, 5},
                new double[] {1, 1, 1, 1, 1}, 10, 1).orElseThrow();
        assertEquals(4, t.pureErrorSs(), 1e-15);
        assertEquals(2, t.pureErrorDf());
        assertEquals(2, t.lackOfFitDf());
        assertEquals((6.0 / 2) / (4.0 / 2), t.fRatio(), 1e-15);
        assertTrue(LackOfFitTest.of(X, Y, new double[8], 1, 2).isEmpty());
    }

    @Test
    void profileIntervalOfALinearModelEqualsTheWaldInterval() {
        RegressionProblem p = RegressionProblem.unweighted(LINE, X, Y, new double[] {0, 1});
        LeastSquaresSolution s = LevenbergMarquardtSolver.withDefaults().solve(p);
        ParameterInference inf = ParameterInference.at(p, s.parameters(), 0.95);
        ProfileLikelihoodInterval pi = ProfileLikelihoodInterval.of(LevenbergMarquardtSolver.withDefaults(), p, s, 1,
                0.95, inf.estimates().get(1).standardError(), 10);
        assertEquals(inf.estimates().get(1).lower(), pi.lower(), 1e-9);
        assertEquals(inf.estimates().get(1).upper(), pi.upper(), 1e-9);
    }

    @Test
    void routFindsAGrossOutlierAndLeavesCleanDataAlone() {
        double[] y = Y.clone();
        RobustOutlierDetection rout = new RobustOutlierDetection(LevenbergMarquardtSolver.withDefaults(), 0.01);
        RegressionProblem clean = RegressionProblem.unweighted(LINE, X, y, new double[] {0, 1});
        double[] fit = LevenbergMarquardtSolver.withDefaults().solve(clean).parameters();
        assertEquals(0, rout.screen(clean, fit).outlierCount());
        y[4] += 30;
        RegressionProblem dirty = RegressionProblem.unweighted(LINE, X, y, new double[] {0, 1});
        RobustOutlierDetection.Screening s = rout.screen(dirty,
                LevenbergMarquardtSolver.withDefaults().solve(dirty).parameters());
        assertEquals(1, s.outlierCount());
        assertTrue(s.outlier()[4]);
    }

    /** RSDR, the paper's Eq. 1: P68 of |r| times N/(N-K); for |r| = 1..10 and K = 2, P68.27 (R type 7) = 7.1443. */
    @Test
    void rsdrIsThe68thPercentileScaledForDegreesOfFreedom() {
        double[] r = {1, -2, 3, -4, 5, -6, 7, -8, 9, -10};
        double p68 = 1 + 0.6827 * 9;
        assertEquals(p68 * 10 / 8, RobustOutlierDetection.rsdr(r, new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 10, 2),
                1e-12);
    }

    @Test
    void deltaMethodUsesTheFullCovariance() {
        double[][] cov = {{4, 1}, {1, 9}};
        double se = DeltaMethod.standardError(p -> p[0] + p[1], new double[] {1, 2}, cov);
        assertEquals(Math.sqrt(4 + 9 + 2), se, 1e-8);
    }

    @Test
    void fixedParametersKeepTheirValueAndHaveNoUncertainty() {
        RegressionProblem p = RegressionProblem.unweighted(LINE, X, Y, new double[] {0, 2})
                .withConstraints(ParameterConstraints.none(2).withFixed(1));
        LeastSquaresSolution s = LevenbergMarquardtSolver.withDefaults().solve(p);
        assertEquals(2, s.parameters()[1], 0);
        ParameterInference inf = ParameterInference.at(p, s.parameters(), 0.95);
        assertTrue(inf.estimates().get(1).fixed());
        assertEquals(7, inf.degreesOfFreedom());
        assertFalse(inf.singular());
    }

    @Test
    void invalidConstructionIsRejectedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> new ParameterConstraints(new boolean[1], new double[] {2},
                new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> RegressionProblem.unweighted(LINE, X,
                new double[] {1, 2, 3, 4, 5, 6, 7, Double.NaN}, new double[] {0, 1}));
    }
}
