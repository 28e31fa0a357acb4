package org.jakstat.core.doseresponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jakstat.core.bench.CommonsMathFourParameterFit;
import org.jakstat.core.bench.SyntheticCurves;
import org.jakstat.core.fit.LeastSquaresSolution;
import org.jakstat.core.fit.LevenbergMarquardtSolver;
import org.jakstat.core.fit.ParameterInference;
import org.jakstat.core.fit.RegressionProblem;
import org.junit.jupiter.api.Test;

/**
 * The fast 4PL solver gives the answers of Commons Math 3.6.1's LevenbergMarquardtOptimizer (MINPACK port) and of
 * the general {@link LevenbergMarquardtSolver} on the same synthetic curves. Compared where the least-squares
 * optimum is interior (no automatic limit active): estimates within 1e-4 of their SE, and 1e-6 relative where the
 * parameter is well defined (SE &lt; 1 % of the value); SEs within 1e-4 relative. The fast solver stops once a step
 * is below ~1e-5 SE (its STATISTICAL_TOLERANCE), so on barely determined parameters (e.g. a HillSlope with SE 8)
 * the point, and with it the SE, can differ by a few 1e-5 relative: agreement is stated in SE units.
 */
class FourParameterLogisticSolverTest {

    @Test
    void agreesWithCommonsMathAndTheGeneralSolver() {
        SyntheticCurves gen = new SyntheticCurves(11);
        DoseResponseSettings s = DoseResponseSettings.fourParameter();
        FitWorkspace ws = FitWorkspace.standard();
        double[] x = new double[20];
        double[] y = new double[20];
        int compared = 0;
        for (int k = 0; k < 300; k++) {
            gen.curve(k, x, y, null);
            PreparedCurve c = PreparedCurve.prepare(new DoseResponseData(x, y, new boolean[20]), s);
            CurveSolution fast = StartSearch.solve(c, c.w, s, ws).solution();
            if (!fast.usable() || fast.atBound()) {
                continue;
            }
            double[] cm = CommonsMathFourParameterFit.fit(x, y, fast.parameters());
            RegressionProblem problem = RegressionProblem.unweighted(new LogisticCurve(CurveModel.FOUR_PL), x, y,
                    fast.parameters());
            LeastSquaresSolution general = LevenbergMarquardtSolver.withDefaults().solve(problem);
            ParameterInference gi = ParameterInference.at(problem, general.parameters(), 0.95);
            for (int j = 0; j < 4; j++) {
                double se = Math.sqrt(fast.covariance()[j][j]);
                assertEquals(cm[j], fast.parameters()[j], 1e-4 * se, "curve " + k + " parameter " + j + " vs CM");
                assertEquals(general.parameters()[j], fast.parameters()[j], 1e-4 * se, "vs general");
                assertEquals(cm[4 + j], se, 1e-4 * se, "curve " + k + " SE " + j + " vs CM");
                assertEquals(gi.estimates().get(j).standardError(), se, 1e-4 * se, "SE vs general");
                if (se < 0.01 * Math.abs(cm[j])) {
                    assertEquals(cm[j], fast.parameters()[j], 1e-6 * Math.abs(cm[j]), "well-defined, relative");
                }
            }
            assertEquals(cm[8], fast.rss(), 1e-9 * cm[8]);
            compared++;
        }
        assertTrue(compared > 250, "compared " + compared);
    }

    @Test
    void reproducesNoiseFreeTruthToFullPrecision() {
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = -5 - 0.5 * (i / 2);
            y[i] = 3 + (97 - 3) / (1 + Math.pow(10, (-7.3 - x[i]) * -1.2));
        }
        FourParameterLogisticSolver solver = new FourParameterLogisticSolver(200);
        double inf = Double.POSITIVE_INFINITY;
        solver.solve(x, y, ones(20), 20, new double[] {0, 100, -7, -1}, new boolean[4],
                new double[] {-inf, -inf, -inf, -inf}, new double[] {inf, inf, inf, inf});
        double[] truth = {3, 97, -7.3, -1.2};
        for (int j = 0; j < 4; j++) {
            assertEquals(truth[j], solver.parameter(j), 1e-9 * Math.abs(truth[j]));
        }
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }
}
