package org.jakstat.core.doseresponse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jakstat.core.bench.SyntheticCurves;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of {@link DoseResponseFitter} on the cases of shared/bench's edge set and on what drc users
 * complain about (DOMAIN.md). Curves are built from the 4PL with a fixed seed.
 */
class DoseResponseFitterTest {

    private static final double[] CONC = {1e-5, 1e-5, 3.16e-6, 3.16e-6, 1e-6, 1e-6, 3.16e-7, 3.16e-7, 1e-7, 1e-7,
        3.16e-8, 3.16e-8, 1e-8, 1e-8, 3.16e-9, 3.16e-9, 1e-9, 1e-9, 3.16e-10, 3.16e-10};
    private static final DoseResponseFitter FOUR_PL = new DoseResponseFitter(DoseResponseSettings.fourParameter());

    /** Noise-free 4PL plus a fixed deterministic perturbation pattern of amplitude {@code noise}. */
    static double[] curve(double bottom, double top, double logIc50, double hill, double noise) {
        double[] y = new double[CONC.length];
        for (int i = 0; i < y.length; i++) {
            double x = Math.log10(CONC[i]);
            y[i] = bottom + (top - bottom) / (1 + Math.pow(10, (logIc50 - x) * hill))
                    + noise * Math.sin(7.3 * i + 1.1);
        }
        return y;
    }

    @Test
    void flatCurveIsInactiveWithoutAnAbsurdIc50() {
        double[] y = new double[CONC.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 100 + 5 * Math.sin(3.7 * i);
        }
        CurveFitResult r = FOUR_PL.fit(CONC, y);
        assertTrue(r.hasFlag(QcFlag.INACTIVE), r.findings().toString());
        assertTrue(Double.isNaN(r.ic50().logValue()), "no IC50 value for a flat curve (drc issue #4)");
        assertEquals(Censoring.ABOVE, r.ic50().censoring());
        assertEquals(1e-5, r.ic50().reportedMolar(), 1e-12);
    }

    @Test
    void constantResponseGetsAStatusNotAnException() {
        double[] y = new double[CONC.length];
        java.util.Arrays.fill(y, 50);
        CurveFitResult r = FOUR_PL.fit(CONC, y);
        assertEquals(FitStatus.CONSTANT_RESPONSE, r.status());
        assertTrue(r.hasFlag(QcFlag.INACTIVE));
        assertTrue(r.parameters().stream().allMatch(p -> Double.isNaN(p.value())));
    }

    @Test
    void refusesFewerPointsThanParametersPlusOne() {
        CurveFitResult r = FOUR_PL.fit(new double[] {1e-5, 1e-7, 1e-9}, new double[] {5, 50, 95});
        assertEquals(FitStatus.TOO_FEW_POINTS, r.status());
        assertTrue(r.hasFlag(QcFlag.TOO_FEW_POINTS));
        assertTrue(r.statusReason().contains("3 usable point(s) for 4 free parameters"), r.statusReason());
    }

    @Test
    void reportsMissingResponsesAndFitsTheRest() {
        double[] y = curve(0, 100, -7, -1, 2);
        y[7] = Double.NaN;
        CurveFitResult r = FOUR_PL.fit(CONC, y);
        assertEquals(FitStatus.FITTED, r.status());
        assertEquals(PointStatus.MISSING_RESPONSE, r.pointStatus().get(7));
        assertTrue(r.hasFlag(QcFlag.POINTS_EXCLUDED));
        assertEquals(19, r.statistics().goodness().observations());
        assertEquals(-7, r.parameter(CurveParameter.LOG_IC50).value(), 0.05);
    }

    @Test
    void usesZeroConcentrationAsTheZeroDosePlateau() {
        double[] conc = java.util.Arrays.copyOf(CONC, CONC.length + 2);
        double[] y = java.util.Arrays.copyOf(curve(0, 100, -7, -1, 0), CONC.length + 2);
        y[CONC.length] = 100;
        y[CONC.length + 1] = 100;
        CurveFitResult r = FOUR_PL.fit(conc, y);
        assertEquals(PointStatus.CONTROL, r.pointStatus().get(CONC.length));
        assertEquals(22, r.statistics().goodness().observations());
        assertEquals(100, r.parameter(CurveParameter.TOP).value(), 1e-6);
    }

    @Test
    void excludesControlsWhenAskedAndSaysSo() {
        double[] conc = java.util.Arrays.copyOf(CONC, CONC.length + 1);
        double[] y = java.util.Arrays.copyOf(curve(0, 100, -7, -1, 1), CONC.length + 1);
        y[CONC.length] = 100;
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter()
                .withControls(ControlPointHandling.EXCLUDE)).fit(conc, y);
        assertEquals(PointStatus.CONTROL_EXCLUDED, r.pointStatus().get(CONC.length));
        assertTrue(r.hasFlag(QcFlag.CONTROL_POINTS_EXCLUDED));
    }

    @Test
    void censorsIc50AboveHighestConcentration() {
        CurveFitResult r = FOUR_PL.fit(CONC, curve(0, 100, -4.7, -1.5, 0.5));
        assertEquals(FitStatus.FITTED, r.status());
        assertEquals(Censoring.ABOVE, r.ic50().censoring());
        assertEquals(">", r.ic50().censoring().qualifier());
        assertEquals(1e-5, r.ic50().reportedMolar(), 1e-12);
        assertTrue(r.hasFlag(QcFlag.IC50_ABOVE_RANGE));
    }

    @Test
    void censorsIc50BelowLowestConcentration() {
        CurveFitResult r = FOUR_PL.fit(CONC, curve(0, 100, -9.8, -1.5, 0.5));
        assertEquals(Censoring.BELOW, r.ic50().censoring());
        assertTrue(r.hasFlag(QcFlag.IC50_BELOW_RANGE));
    }

    @Test
    void routRemovesAGrossOutlierAndSaysWhichPoint() {
        double[] y = curve(0, 100, -7, -1, 3);
        y[10] += 400;
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter().withOutlierRemoval(0.01))
                .fit(CONC, y);
        assertEquals(PointStatus.OUTLIER, r.pointStatus().get(10));
        assertEquals(1, r.pointStatus().stream().filter(s -> s == PointStatus.OUTLIER).count());
        assertTrue(r.hasFlag(QcFlag.OUTLIERS_REMOVED));
        assertTrue(r.findings().stream().anyMatch(f -> f.reason().contains("input point #11")));
        assertEquals(-7, r.parameter(CurveParameter.LOG_IC50).value(), 0.05);
    }

    /**
     * Noise-free data leave residuals of round-off size; ROUT must not call them outliers (it did, six of twenty,
     * before the round-off floor), while a gross outlier among exact points is still found.
     */
    @Test
    void routFindsNoOutliersInExactDataAndTheOneThatIsThere() {
        DoseResponseFitter rout = new DoseResponseFitter(DoseResponseSettings.fourParameter().withOutlierRemoval(0.01));
        CurveFitResult exact = rout.fit(CONC, curve(0, 100, -7.5, -1, 0));
        assertFalse(exact.hasFlag(QcFlag.OUTLIERS_REMOVED), exact.findings().toString());
        assertEquals(-7.5, exact.parameter(CurveParameter.LOG_IC50).value(), 1e-9);
        double[] y = curve(0, 100, -7.5, -1, 0);
        y[7] += 400;
        CurveFitResult one = rout.fit(CONC, y);
        assertEquals(1, one.pointStatus().stream().filter(s -> s == PointStatus.OUTLIER).count());
        assertEquals(PointStatus.OUTLIER, one.pointStatus().get(7));
        assertEquals(-7.5, one.parameter(CurveParameter.LOG_IC50).value(), 1e-6);
    }

    @Test
    void honoursAnExplicitExclusionMask() {
        double[] y = curve(0, 100, -7, -1, 1);
        boolean[] mask = new boolean[y.length];
        mask[3] = true;
        CurveFitResult r = FOUR_PL.fit(DoseResponseData.fromMolar(CONC, y, mask), FitWorkspace.standard());
        assertEquals(PointStatus.EXCLUDED_BY_MASK, r.pointStatus().get(3));
        assertEquals(19, r.statistics().goodness().observations());
    }

    @Test
    void mismatchedArraysGiveInvalidInputNotAnException() {
        CurveFitResult r = FOUR_PL.fit(new double[] {1, 2}, new double[] {1});
        assertEquals(FitStatus.INVALID_INPUT, r.status());
    }

    /** IC80 of a 4PL: LogIC80 = LogIC50 + log10(0.8/0.2)/|HillSlope| (Prism's ECanything formula). */
    @Test
    void reportsIcAnythingByPrismsFormula() {
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter().withEffectLevels(List.of(80.0)))
                .fit(CONC, curve(0, 100, -7, -1.3, 1));
        double l = r.parameter(CurveParameter.LOG_IC50).value();
        double h = r.parameter(CurveParameter.HILL_SLOPE).value();
        PotencyEstimate ic80 = r.effectConcentrations().get(0).potency();
        assertEquals(l + Math.log10(4) / Math.abs(h), ic80.logValue(), 1e-12);
        assertTrue(ic80.standardErrorLog() > 0 && ic80.lowerLog() < ic80.logValue());
    }

    /**
     * Absolute IC50 on a 0-100 scale (Y = 50) differs from the relative IC50 when the plateaus are not 0 and 100.
     * With Bottom 20, Top 100, HillSlope -1: 10^((L-X)H) = (Top-50)/(50-Bottom) = 5/3, so X = L + log10(5/3).
     */
    @Test
    void absoluteIc50IsWhereTheCurveCrossesFifty() {
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter().withNormalizedScale(true))
                .fit(CONC, curve(20, 100, -7, -1, 0));
        assertEquals(-7 + Math.log10(5.0 / 3.0), r.absoluteIc50().orElseThrow().logValue(), 1e-7);
        assertEquals(-7, r.ic50().logValue(), 1e-7);
    }

    /** The IC50 CI is the back-transformed LogIC50 CI: asymmetric in M, t with N-K df. */
    @Test
    void ic50IntervalIsBackTransformedFromLogIc50() {
        CurveFitResult r = FOUR_PL.fit(CONC, curve(0, 100, -7, -1, 3));
        var l = r.parameter(CurveParameter.LOG_IC50);
        double t = new org.apache.commons.math3.distribution.TDistribution(16).inverseCumulativeProbability(0.975);
        assertEquals(l.value() - t * l.standardError(), r.ic50().lowerLog(), 1e-12);
        assertEquals(Math.pow(10, l.upper()), r.ic50().upperMolar(), 1e-20);
        assertTrue(r.ic50().upperMolar() - r.ic50().molar() > r.ic50().molar() - r.ic50().lowerMolar());
    }

    @Test
    void fixedParametersStayFixedAndCountInTheDegreesOfFreedom() {
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.threeParameterFixedHill(-1))
                .fit(CONC, curve(0, 100, -7, -1, 2));
        assertEquals(-1, r.parameter(CurveParameter.HILL_SLOPE).value());
        assertTrue(r.parameter(CurveParameter.HILL_SLOPE).fixed());
        assertEquals(17, r.statistics().goodness().degreesOfFreedom());
    }

    @Test
    void userBoundsAreRespectedAndFlaggedWhenActive() {
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter()
                .withBound(CurveParameter.BOTTOM, new ParameterBound(5, Double.POSITIVE_INFINITY)))
                .fit(CONC, curve(0, 100, -7, -1, 1));
        assertEquals(5, r.parameter(CurveParameter.BOTTOM).value(), 0);
        assertTrue(r.hasFlag(QcFlag.PARAMETER_AT_BOUND));
    }

    @Test
    void replicatesTestRunsWhenReplicatesExist() {
        CurveFitResult r = FOUR_PL.fit(CONC, curve(0, 100, -7, -1, 3));
        var lof = r.lackOfFit().orElseThrow();
        assertEquals(10, lof.pureErrorDf());
        assertEquals(6, lof.lackOfFitDf());
    }

    @Test
    void fittingMeansUsesOnePointPerConcentration() {
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter()
                .withReplicates(ReplicateHandling.MEANS)).fit(CONC, curve(0, 100, -7, -1, 3));
        assertEquals(10, r.statistics().goodness().observations());
        assertTrue(r.lackOfFit().isEmpty());
    }

    @Test
    void replicateVarianceWeightingReproducesTruthOnCleanData() {
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter()
                .withWeighting(Weighting.REPLICATE_VARIANCE)).fit(CONC, curve(0, 100, -7, -1, 1));
        assertEquals(FitStatus.FITTED, r.status());
        assertEquals(-7, r.parameter(CurveParameter.LOG_IC50).value(), 0.05);
    }

    @Test
    void givesTheSameBitsOnAnyThreadAndWorkspace() throws Exception {
        SyntheticCurves gen = new SyntheticCurves(7);
        int n = 400;
        double[][] x = new double[n][20];
        double[][] y = new double[n][20];
        for (int k = 0; k < n; k++) {
            gen.curve(k, x[k], y[k], null);
        }
        double[] sequential = new double[n];
        FitWorkspace ws = FitWorkspace.standard();
        for (int k = 0; k < n; k++) {
            sequential[k] = FOUR_PL.fit(new DoseResponseData(x[k], y[k], new boolean[20]), ws).ic50().logValue();
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Double>> parallel = new ArrayList<>();
            for (int k = n - 1; k >= 0; k--) {
                int kk = k;
                parallel.add(pool.submit(() -> FOUR_PL.fit(new DoseResponseData(x[kk], y[kk], new boolean[20]),
                        FitWorkspace.standard()).ic50().logValue()));
            }
            double[] again = new double[n];
            for (int k = 0; k < n; k++) {
                again[n - 1 - k] = parallel.get(k).get();
            }
            assertArrayEquals(sequential, again, 0.0);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Regression: curve c006698 of shared/bench gen_curves.py (seed 42; truth IC50 6.86e-6 M, hill 2.36) drops
     * between the two highest concentrations. Its least-squares HillSlope lies beyond the automatic limit; the
     * solve on that limit once ended STALLED and a flat fallback won, calling an active curve INACTIVE.
     */
    @Test
    void steepDropAtTheTopConcentrationIsActive() {
        double[] y = {31.12829439462727, 23.26117212654396, 83.95737543797367, 86.6279040573805, 103.73277207205697,
            106.73636910056719, 106.97316842831226, 104.49433222170748, 101.18478483872961, 100.17565572079765,
            110.12171899837571, 108.2101314748017, 108.10401469215802, 106.72265744759778, 107.29537876283848,
            105.87895856148901, 101.66774738628756, 114.34526045776178, 98.2179136860953, 98.79851917600021};
        double[] conc = new double[20];
        for (int i = 0; i < 20; i++) {
            conc[i] = Math.pow(10, -5 - 0.5 * (i / 2));
        }
        CurveFitResult r = FOUR_PL.fit(conc, y);
        assertFalse(r.hasFlag(QcFlag.INACTIVE), r.findings().toString());
        assertEquals(-5.45, r.parameter(CurveParameter.LOG_IC50).value(), 0.05);
        assertTrue(r.hasFlag(QcFlag.PARAMETER_AT_BOUND));
    }

    @Test
    void drcMappingRoundTrips() {
        double[] prism = {1.5, 98.0, -7.2, -1.3, 0.8};
        DrcParameterization drc = DrcParameterization.fromPrism(CurveModel.FIVE_PL, prism);
        assertEquals(1.3, drc.b(), 0);
        assertEquals(0.8, drc.f(), 0);
        assertArrayEquals(prism, drc.toPrism(CurveModel.FIVE_PL), 1e-12);
        DrcParameterization ll4 = DrcParameterization.fromPrism(CurveModel.FOUR_PL, new double[] {1.5, 98, -7.2, -1.3});
        assertEquals(Math.pow(10, -7.2), ll4.e(), 1e-20);
        assertFalse(ll4.f() != 1);
    }

    /** Concentrations as users write them become X = log10 M; controls and impossible values keep their meaning. */
    @Test
    void readsConcentrationsInTheirDeclaredScale() {
        assertEquals(-9, DoseResponseData.logConcentration(1, org.jakstat.core.potency.PotencyScale.NM), 0);
        assertEquals(-6 + Math.log10(2.5), DoseResponseData.logConcentration(2.5,
                org.jakstat.core.potency.PotencyScale.UM), 1e-15);
        assertEquals(-7.5, DoseResponseData.logConcentration(-7.5, org.jakstat.core.potency.PotencyScale.LOG10_M));
        assertEquals(-7.5, DoseResponseData.logConcentration(7.5, org.jakstat.core.potency.PotencyScale.P_X));
        assertEquals(Double.NEGATIVE_INFINITY, DoseResponseData.logConcentration(0,
                org.jakstat.core.potency.PotencyScale.NM), "0 nM is a control");
        assertEquals(Double.NEGATIVE_INFINITY, DoseResponseData.logConcentration(-1,
                org.jakstat.core.potency.PotencyScale.M), "a negative concentration is a control");
        assertEquals(Double.NEGATIVE_INFINITY, DoseResponseData.logConcentration(Double.NEGATIVE_INFINITY,
                org.jakstat.core.potency.PotencyScale.LOG10_M));
        assertTrue(Double.isNaN(DoseResponseData.logConcentration(Double.NaN, org.jakstat.core.potency.PotencyScale.M)));
        assertTrue(Double.isNaN(DoseResponseData.logConcentration(Double.POSITIVE_INFINITY,
                org.jakstat.core.potency.PotencyScale.UM)));
        assertTrue(Double.isNaN(DoseResponseData.logConcentration(Double.POSITIVE_INFINITY,
                org.jakstat.core.potency.PotencyScale.LOG10_M)));
    }
}
