package org.jakstat.core.doseresponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jakstat.core.fit.CriticalValues;
import org.jakstat.core.fit.DeltaMethod;
import org.jakstat.core.fit.ParameterEstimate;
import org.junit.jupiter.api.Test;

/** The fitted curve and its confidence band, on R's root-length data (RReferenceFitsTest) and on exact data. */
class FittedCurveTest {

    private static CurveFitResult rootFit() {
        return new DoseResponseFitter(DoseResponseSettings.fourParameter()).fit(RReferenceFitsTest.rootData(),
                FitWorkspace.standard());
    }

    /** Far left of a falling curve Y = Top, so the band is Top +- t SE(Top) exactly; far right Bottom likewise. */
    @Test
    void bandReducesToThePlateauIntervalsAtTheEnds() {
        CurveFitResult r = rootFit();
        FittedCurve c = FittedCurve.of(r).orElseThrow();
        ParameterEstimate top = r.parameter(CurveParameter.TOP);
        ParameterEstimate bottom = r.parameter(CurveParameter.BOTTOM);
        List<PredictedResponse> g = c.grid(-30, 10, 2, 0.95);
        assertEquals(top.value(), g.get(0).response(), 1e-12);
        assertEquals(top.lower(), g.get(0).lower(), 1e-9, "the parameter CI uses the same t(0.975, 20)");
        assertEquals(top.upper(), g.get(0).upper(), 1e-9);
        assertEquals(bottom.lower(), g.get(1).lower(), 1e-9);
        assertEquals(bottom.upper(), g.get(1).upper(), 1e-9);
    }

    /** The analytic-gradient SE equals the delta method with central differences (DeltaMethod) to 1e-7. */
    @Test
    void standardErrorAgreesWithNumericalDeltaMethod() {
        CurveFitResult r = rootFit();
        FittedCurve c = FittedCurve.of(r).orElseThrow();
        double[][] cov = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                cov[i][j] = r.covariance().get(i, j);
            }
        }
        LogisticCurve model = new LogisticCurve(CurveModel.FOUR_PL);
        for (double x : new double[] {-6.3, -5.6, -5.5, -5.2, -4.6}) {
            double numeric = DeltaMethod.standardError(p -> model.value(x, p), c.parameters(), cov);
            assertEquals(numeric, c.standardError(x), 1e-7 * numeric, "X = " + x);
        }
        double t = CriticalValues.studentT(0.95, 20);
        PredictedResponse mid = c.grid(-5.5, -5.4, 2, 0.95).get(0);
        assertEquals(mid.response() + t * c.standardError(-5.5), mid.upper(), 1e-12);
    }

    @Test
    void noiseFreeDataGiveABandOfZeroWidth() {
        double[] conc = {1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5};
        double[] y = new double[conc.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 5 + 90 / (1 + Math.pow(10, (-7 - Math.log10(conc[i])) * -1.2));
        }
        FittedCurve c = FittedCurve.of(new DoseResponseFitter(DoseResponseSettings.fourParameter()).fit(conc, y))
                .orElseThrow();
        for (PredictedResponse p : c.grid(-9.5, -4.5, 11, 0.95)) {
            double truth = 5 + 90 / (1 + Math.pow(10, (-7 - p.logConcentration()) * -1.2));
            assertEquals(truth, p.response(), 1e-7);
            assertEquals(truth, p.lower(), 1e-6);
            assertEquals(truth, p.upper(), 1e-6);
        }
    }

    @Test
    void userParametersDrawACurveWithoutABand() {
        FittedCurve c = FittedCurve.withoutUncertainty(CurveModel.FOUR_PL, new double[] {0, 100, -7, -1});
        assertFalse(c.hasBand());
        PredictedResponse p = c.grid(-7, -6, 2, 0.95).get(0);
        assertEquals(50, p.response(), 1e-12);
        assertTrue(Double.isNaN(p.lower()) && !p.hasBand());
        assertEquals(100, c.response(Double.NEGATIVE_INFINITY), "a control sits on the zero-dose plateau");
    }

    @Test
    void displayRangeReachesHalfADecadeBeyondTheTestedRange() {
        assertEquals(-9.5, FittedCurve.displayRange(-9, -5).orElseThrow()[0]);
        assertEquals(-4.5, FittedCurve.displayRange(-9, -5).orElseThrow()[1]);
        assertEquals(-8, FittedCurve.displayRange(-7, -7).orElseThrow()[0]);
        assertTrue(FittedCurve.displayRange(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).isEmpty());
        assertTrue(FittedCurve.of(new DoseResponseFitter(DoseResponseSettings.fourParameter())
                .fit(new double[] {1e-6}, new double[] {1})).isEmpty(), "no curve for a fit that was refused");
    }
}
