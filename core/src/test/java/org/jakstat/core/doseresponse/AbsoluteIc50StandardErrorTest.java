package org.jakstat.core.doseresponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jakstat.core.fit.LeastSquaresSolution;
import org.jakstat.core.fit.LevenbergMarquardtSolver;
import org.jakstat.core.fit.ParameterInference;
import org.jakstat.core.fit.ParametricModel;
import org.jakstat.core.fit.RegressionProblem;
import org.junit.jupiter.api.Test;

/**
 * The SE of the absolute IC50 (X where Y = 50) by the delta method with the full covariance equals the Wald SE
 * obtained by fitting a model that has the absolute LogIC50 A as a parameter:
 * {@code LogIC50 = A + log10((Top-50)/(50-Bottom))/HillSlope}. Wald SEs are invariant under smooth
 * reparameterisation to first order, and the delta method is exactly that first-order transformation, so the two
 * must agree to the accuracy of the numerical gradient (1e-6). This is the quantity drc users report as wrong
 * when only the variance of LogIC50 is propagated.
 */
class AbsoluteIc50StandardErrorTest {

    /** The 4PL parameterised by Bottom, Top, A (absolute LogIC50), HillSlope. */
    private static final ParametricModel ABSOLUTE = new ParametricModel() {
        private final LogisticCurve curve = new LogisticCurve(CurveModel.FOUR_PL);

        @Override
        public List<String> parameterNames() {
            return List.of("Bottom", "Top", "A", "HillSlope");
        }

        private double[] toPrism(double[] q) {
            return new double[] {q[0], q[1], q[2] + Math.log10((q[1] - 50) / (50 - q[0])) / q[3], q[3]};
        }

        @Override
        public double value(double x, double[] q) {
            return curve.value(x, toPrism(q));
        }

        @Override
        public double valueAndGradient(double x, double[] q, double[] g) {
            double[] p = toPrism(q);
            double[] gp = new double[4];
            double f = curve.valueAndGradient(x, p, gp);
            double ln10 = Math.log(10);
            double dLdB = 1 / ((50 - q[0]) * ln10 * q[3]);
            double dLdT = 1 / ((q[1] - 50) * ln10 * q[3]);
            double dLdH = -Math.log10((q[1] - 50) / (50 - q[0])) / (q[3] * q[3]);
            g[0] = gp[0] + gp[2] * dLdB;
            g[1] = gp[1] + gp[2] * dLdT;
            g[2] = gp[2];
            g[3] = gp[3] + gp[2] * dLdH;
            return f;
        }
    };

    @Test
    void deltaMethodSeOfAbsoluteIc50EqualsTheReparameterisedWaldSe() {
        double[] conc = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            conc[i] = Math.pow(10, -5 - 0.5 * (i / 2));
            y[i] = 15 + (95 - 15) / (1 + Math.pow(10, (-7 - Math.log10(conc[i])) * -1.2)) + 4 * Math.sin(2.3 * i);
        }
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter().withNormalizedScale(true))
                .fit(conc, y);
        PotencyEstimate abs = r.absoluteIc50().orElseThrow();

        double[] x = DoseResponseData.toLog(conc);
        double[] start = {r.parameter(CurveParameter.BOTTOM).value(), r.parameter(CurveParameter.TOP).value(),
            abs.logValue(), r.parameter(CurveParameter.HILL_SLOPE).value()};
        RegressionProblem p = RegressionProblem.unweighted(ABSOLUTE, x, y, start);
        LeastSquaresSolution s = LevenbergMarquardtSolver.withDefaults().solve(p);
        double waldSe = ParameterInference.at(p, s.parameters(), 0.95).estimates().get(2).standardError();

        assertEquals(s.parameters()[2], abs.logValue(), 1e-7);
        assertEquals(waldSe, abs.standardErrorLog(), 1e-6 * waldSe);
        // and it is not the SE of the relative LogIC50 alone
        double relSe = r.parameter(CurveParameter.LOG_IC50).standardError();
        assertEquals(true, Math.abs(waldSe - relSe) > 0.01 * relSe);
    }
}
