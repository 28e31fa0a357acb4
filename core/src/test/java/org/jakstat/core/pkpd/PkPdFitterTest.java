package org.jakstat.core.pkpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.jakstat.core.fit.CriticalValues;
import org.jakstat.core.potency.ConcentrationUnit;
import org.junit.jupiter.api.Test;

/** {@link PkPdFitter}: recovery of known parameters, agreement with Commons Math, and bad data as statuses. */
class PkPdFitterTest {

    private static final MolarMass MW = new MolarMass(371.42);

    private static final double[] PK = {1.5, 5.3, 96.0, 0.0};

    private static final Set<PkPdParameter> PK_HELD =
        EnumSet.of(PkPdParameter.KA, PkPdParameter.CL_F, PkPdParameter.V_F, PkPdParameter.TLAG);

    private static final double[] TIMES = {0, 0.5, 1, 2, 4, 8, 12, 24};

    private static double[] concat(final double[] head, final double... tail) {
        double[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    private static List<DosedProfile> simulate(final PkPdModelStructure s, final ObservedQuantity q,
        final double[] truth, final double[] times, final double noise, final long seed, final double... doses) {
        Random random = new Random(seed);
        List<DosedProfile> out = new ArrayList<>();
        for (double dose : doses) {
            DosingRegimen regimen = new DosingRegimen(dose, 24, 1);
            double[] y = new PkPdPrediction(s, q, regimen, 0.5, MW).predict(truth, times);
            for (int i = 0; i < y.length; i++) {
                y[i] += noise * random.nextGaussian();
            }
            out.add(new DosedProfile(dose + " mg", regimen, times, y));
        }
        return out;
    }

    private static PkPdFitResult fit(final PkPdModelStructure s, final double[] start, final Set<PkPdParameter> held,
        final ObservedQuantity q, final List<DosedProfile> data) {
        return PkPdFitter.fit(new PkPdFitProblem(s, start, held, q, FitWeighting.NONE, 0.5, MW, 0.95, data));
    }

    private static void assertRecovered(final double[] truth, final PkPdFitResult r, final double relative) {
        assertEquals(PkPdFitStatus.FITTED, r.status(), r.reason());
        for (int j = 0; j < truth.length; j++) {
            assertEquals(truth[j], r.values()[j], relative * Math.max(Math.abs(truth[j]), 1e-3),
                r.structure().labels().get(j));
        }
    }

    @Test
    void directImaxParametersAreRecoveredExactlyFromNoiseFreeData() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        double[] truth = concat(PK, 100, 0.85, 30, 1.3);
        PkPdFitResult r = fit(s, concat(PK, 80, 0.5, 200, 0.8), PK_HELD, ObservedQuantity.RESPONSE,
            simulate(s, ObservedQuantity.RESPONSE, truth, TIMES, 0, 1, 2, 8, 32));
        assertRecovered(truth, r, 1e-8);
        assertEquals(1.0, r.goodnessOfFit().orElseThrow().rSquared(), 1e-12);
        assertEquals(24, r.usedObservations());
        assertTrue(r.estimate(PkPdParameter.KA).fixed());
    }

    @Test
    void percentInhibitionDataHoldTheBaselineAndSayWhy() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        double[] truth = concat(PK, 100, 0.9, 50, 1.0);
        PkPdFitResult r = fit(s, concat(PK, 100, 0.6, 120, 1.5), PK_HELD, ObservedQuantity.PERCENT_INHIBITION,
            simulate(s, ObservedQuantity.PERCENT_INHIBITION, truth, TIMES, 0, 2, 2, 8, 32));
        assertRecovered(truth, r, 1e-8);
        assertTrue(r.estimate(PkPdParameter.E0).fixed());
        assertTrue(r.reason().contains("E0 held at 100: it cancels from % inhibition data"), r.reason());
    }

    @Test
    void effectCompartmentDelayIsRecovered() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.EFFECT_COMPARTMENT);
        double[] truth = concat(PK, 0.7, 100, 1.0, 40, 1.0);
        double[] times = {0, 0.5, 1, 2, 3, 4, 6, 8, 12, 24};
        PkPdFitResult r = fit(s, concat(PK, 2.0, 100, 1.0, 80, 1.0),
            EnumSet.of(PkPdParameter.KA, PkPdParameter.CL_F, PkPdParameter.V_F, PkPdParameter.TLAG,
                PkPdParameter.E0, PkPdParameter.IMAX, PkPdParameter.HILL),
            ObservedQuantity.RESPONSE, simulate(s, ObservedQuantity.RESPONSE, truth, times, 0, 3, 4, 16));
        assertRecovered(truth, r, 1e-5);
    }

    @Test
    void indirectResponseTurnoverIsRecovered() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.INDIRECT_I);
        double[] truth = concat(PK, 50, 0.25, 1.0, 30, 1.0);
        double[] times = {0, 2, 4, 8, 12, 16, 24, 36, 48};
        PkPdFitResult r = fit(s, concat(PK, 50, 0.1, 1.0, 100, 1.0),
            EnumSet.of(PkPdParameter.KA, PkPdParameter.CL_F, PkPdParameter.V_F, PkPdParameter.TLAG,
                PkPdParameter.IMAX, PkPdParameter.HILL),
            ObservedQuantity.RESPONSE, simulate(s, ObservedQuantity.RESPONSE, truth, times, 0, 5, 4, 16));
        assertRecovered(truth, r, 1e-5);
    }

    @Test
    void twoCompartmentPkIsRecoveredFromConcentrations() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.TWO_COMPARTMENT, PdStructure.NONE);
        double[] truth = {1.2, 6.0, 40.0, 10.0, 60.0, 0.25};
        double[] times = {0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 36, 48};
        PkPdFitResult r = fit(s, new double[] {2.0, 4.0, 30.0, 5.0, 90.0, 0.25}, Set.of(PkPdParameter.TLAG),
            ObservedQuantity.TOTAL_CONCENTRATION, simulate(s, ObservedQuantity.TOTAL_CONCENTRATION, truth, times,
                0, 6, 10));
        assertRecovered(truth, r, 1e-6);
    }

    @Test
    void analyticSensitivitiesOfDirectModelsMatchFiniteDifferences() {
        for (PdStructure pd : new PdStructure[] {PdStructure.DIRECT_INHIBITION, PdStructure.DIRECT_STIMULATION}) {
            for (ObservedQuantity q : new ObservedQuantity[] {ObservedQuantity.RESPONSE,
                ObservedQuantity.PERCENT_INHIBITION}) {
                PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, pd);
                double[] values = concat(PK, 80, pd == PdStructure.DIRECT_INHIBITION ? 0.7 : -30, 25, 1.6);
                DosingRegimen regimen = new DosingRegimen(8, 24, 2);
                PkPdPrediction prediction = new PkPdPrediction(s, q, regimen, 0.5, MW);
                double[] times = {0.1, 1, 3, 10, 30};
                double[][] numeric = prediction.sensitivities(values, times);
                PkPdScenario scenario = s.scenario(values, regimen, 0.5, MW);
                double[] free = java.util.Arrays.stream(times).map(scenario::freeMolar).toArray();
                double[][] analytic = DirectEffectSensitivities.of(pd, new double[] {80, values[5], 25, 1.6}, free, q);
                for (int i = 0; i < times.length; i++) {
                    for (int j = 0; j < 4; j++) {
                        double want = numeric[i][4 + j];
                        assertEquals(want, analytic[i][j], 1e-6 * Math.max(1, Math.abs(want)),
                            pd + " " + q + " t=" + times[i] + " " + s.labels().get(4 + j));
                    }
                }
            }
        }
    }

    /**
     * The same weighted least-squares problem (direct Imax PD with known PK, parameters E0, Imax, ln IC50, ln Hill,
     * noisy data) solved by Commons Math 3.6.1's LevenbergMarquardtOptimizer, a MINPACK port, with an analytic
     * Jacobian written here independently of the fitter: the estimates agree to 1e-6 relative and the SEs from its
     * covariance {@code s^2 (J'J)^-1} to 1e-4.
     */
    @Test
    void agreesWithCommonsMathLevenbergMarquardt() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        double[] truth = concat(PK, 100, 0.8, 35, 1.1);
        List<DosedProfile> data = simulate(s, ObservedQuantity.RESPONSE, truth, TIMES, 5, 7, 2, 4, 8, 16);
        PkPdFitResult ours = fit(s, concat(PK, 90, 0.6, 80, 1.0), PK_HELD, ObservedQuantity.RESPONSE, data);
        assertEquals(PkPdFitStatus.FITTED, ours.status(), ours.reason());
        assertFalse(ours.estimate(PkPdParameter.IMAX).atBound());

        OneCompartmentOral pk = OneCompartmentOral.fromParameters(PK);
        List<Double> conc = new ArrayList<>();
        List<Double> obs = new ArrayList<>();
        for (DosedProfile p : data) {
            for (int i = 0; i < p.size(); i++) {
                conc.add(MW.toMolar(0.5 * pk.concentration(p.regimen(), p.times()[i])));
                obs.add(p.values()[i]);
            }
        }
        int n = obs.size();
        LeastSquaresOptimizer.Optimum cm = new LevenbergMarquardtOptimizer().withCostRelativeTolerance(1e-14)
            .withParameterRelativeTolerance(1e-14).optimize(new LeastSquaresBuilder().model(theta -> {
                double e0 = theta.getEntry(0);
                double imax = theta.getEntry(1);
                double ic50 = ConcentrationUnit.NM.toMolar(Math.exp(theta.getEntry(2)));
                double hill = Math.exp(theta.getEntry(3));
                double[] v = new double[n];
                double[][] jac = new double[n][4];
                for (int i = 0; i < n; i++) {
                    double c = conc.get(i);
                    double ratio = Math.pow(c / ic50, hill);
                    double f = c > 0 ? ratio / (1 + ratio) : 0;
                    v[i] = e0 * (1 - imax * f);
                    jac[i][0] = 1 - imax * f;
                    jac[i][1] = -e0 * f;
                    jac[i][2] = c > 0 ? e0 * imax * hill * f * (1 - f) : 0;
                    jac[i][3] = c > 0 ? -e0 * imax * f * (1 - f) * hill * Math.log(c / ic50) : 0;
                }
                return new Pair<RealVector, RealMatrix>(new ArrayRealVector(v), new Array2DRowRealMatrix(jac));
            }).target(obs.stream().mapToDouble(Double::doubleValue).toArray())
                .start(new double[] {90, 0.6, Math.log(80), 0.0}).maxEvaluations(10_000).maxIterations(10_000)
                .build());
        double[] theta = cm.getPoint().toArray();
        double rss = cm.getResiduals().dotProduct(cm.getResiduals());
        RealMatrix cov = cm.getCovariances(1e-14).scalarMultiply(rss / (n - 4));
        double[] cmValues = {theta[0], theta[1], Math.exp(theta[2]), Math.exp(theta[3])};
        double[] cmSe = {Math.sqrt(cov.getEntry(0, 0)), Math.sqrt(cov.getEntry(1, 1)),
            cmValues[2] * Math.sqrt(cov.getEntry(2, 2)), cmValues[3] * Math.sqrt(cov.getEntry(3, 3))};
        for (int j = 0; j < 4; j++) {
            PkPdEstimate e = ours.estimates().get(4 + j);
            assertEquals(cmValues[j], e.value(), 1e-6 * Math.abs(cmValues[j]), e.parameter().label());
            assertEquals(cmSe[j], e.standardError(), 1e-4 * cmSe[j], e.parameter().label() + " SE");
        }
        assertEquals(rss, ours.goodnessOfFit().orElseThrow().rss(), 1e-9 * rss);
        // The IC50 interval is back-transformed from ln IC50 with t(0.975, n - 4).
        double t = CriticalValues.studentT(0.95, n - 4);
        PkPdEstimate ic50 = ours.estimate(PkPdParameter.IC50);
        assertEquals(Math.exp(theta[2] - t * Math.sqrt(cov.getEntry(2, 2))), ic50.lower(), 1e-4 * ic50.lower());
        assertEquals(Math.exp(theta[2] + t * Math.sqrt(cov.getEntry(2, 2))), ic50.upper(), 1e-4 * ic50.upper());
    }

    @Test
    void imaxOnItsUpperBoundConvergesAndIsFlagged() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        double[] truth = concat(PK, 100, 1.0, 20, 1.0);
        // Noise that, with these seeds, pulls the unconstrained Imax above 1.
        PkPdFitResult r = null;
        for (long seed = 1; seed < 40; seed++) {
            r = fit(s, concat(PK, 90, 0.8, 60, 1.0), PK_HELD, ObservedQuantity.RESPONSE,
                simulate(s, ObservedQuantity.RESPONSE, truth, TIMES, 3, seed, 4, 16, 64));
            if (r.estimate(PkPdParameter.IMAX).atBound()) {
                break;
            }
        }
        assertEquals(PkPdFitStatus.FITTED, r.status(), r.reason());
        assertTrue(r.estimate(PkPdParameter.IMAX).atBound(), "no seed put Imax on its bound");
        assertEquals(1.0, r.estimate(PkPdParameter.IMAX).value());
        assertTrue(r.reason().contains("Imax ended on its bound (1)"), r.reason());
    }

    @Test
    void missingAndNonFiniteObservationsAreExcludedWithReasonsAndTheRestIsFitted() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        double[] truth = concat(PK, 100, 0.85, 30, 1.3);
        List<DosedProfile> data = new ArrayList<>(simulate(s, ObservedQuantity.RESPONSE, truth, TIMES, 0, 1, 4, 16));
        data.add(new DosedProfile("bad", DosingRegimen.single(8), new double[] {Double.NaN, 2, 4, 1},
            new double[] {90, Double.NaN, Double.POSITIVE_INFINITY, 0}));
        PkPdFitResult r = PkPdFitter.fit(new PkPdFitProblem(s, concat(PK, 80, 0.5, 200, 0.8), PK_HELD,
            ObservedQuantity.RESPONSE, FitWeighting.RELATIVE, 0.5, MW, 0.95, data));
        assertEquals(PkPdFitStatus.FITTED, r.status(), r.reason());
        List<ObservationFit> bad = r.observations().subList(16, 20);
        assertEquals(List.of("time is missing", "observed value is missing", "observed value is not a finite number",
            "relative weighting 1/Y\u00b2 is undefined for Y = 0"),
            bad.stream().map(o -> o.exclusion().orElseThrow()).toList());
        assertEquals(20, r.observations().size(), "nothing is dropped");
        assertEquals(16, r.usedObservations());
        assertTrue(Double.isNaN(bad.get(0).predicted()), "no prediction without a time");
        assertEquals(new PkPdPrediction(s, ObservedQuantity.RESPONSE, DosingRegimen.single(8), 0.5, MW)
            .predict(r.values(), new double[] {2})[0], bad.get(1).predicted(), 1e-12);
    }

    @Test
    void unsortedTimesGiveTheSameFitAsSortedOnes() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        double[] truth = concat(PK, 100, 0.85, 30, 1.3);
        List<DosedProfile> sorted = simulate(s, ObservedQuantity.RESPONSE, truth, TIMES, 2, 3, 2, 8, 32);
        List<DosedProfile> shuffled = new ArrayList<>();
        int[] order = {5, 0, 7, 2, 1, 6, 4, 3};
        for (DosedProfile p : sorted) {
            double[] t = new double[order.length];
            double[] v = new double[order.length];
            for (int i = 0; i < order.length; i++) {
                t[i] = p.times()[order[i]];
                v[i] = p.values()[order[i]];
            }
            shuffled.add(new DosedProfile(p.subject(), p.regimen(), t, v));
        }
        double[] start = concat(PK, 80, 0.5, 200, 0.8);
        PkPdFitResult a = fit(s, start, PK_HELD, ObservedQuantity.RESPONSE, sorted);
        PkPdFitResult b = fit(s, start, PK_HELD, ObservedQuantity.RESPONSE, shuffled);
        for (int j = 0; j < start.length; j++) {
            assertEquals(a.values()[j], b.values()[j], 1e-9 * Math.abs(a.values()[j]));
        }
        assertEquals(a.observations().get(0).predicted(), b.observations().get(1).predicted(), 1e-12);
    }

    @Test
    void tooFewObservationsIsAStatusNotAnException() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        PkPdFitResult r = fit(s, concat(PK, 100, 0.5, 50, 1), PK_HELD, ObservedQuantity.RESPONSE,
            List.of(new DosedProfile("one", DosingRegimen.single(4), new double[] {1, 2, 4, 8},
                new double[] {80, 70, 75, 90})));
        assertEquals(PkPdFitStatus.TOO_FEW_OBSERVATIONS, r.status());
        assertEquals("4 usable observation(s) for 4 free parameter(s): a fit with standard errors needs more "
            + "observations than free parameters; add data or hold parameters", r.reason());
        assertTrue(Double.isNaN(r.estimate(PkPdParameter.IC50).value()));
        assertEquals(1.5, r.estimate(PkPdParameter.KA).value(), "held values are still reported");
        assertEquals(PkPdFitStatus.TOO_FEW_OBSERVATIONS, fit(s, concat(PK, 100, 0.5, 50, 1), PK_HELD,
            ObservedQuantity.RESPONSE, List.of()).status());
    }

    @Test
    void invalidStartValuesAreAStatusNamingTheParameter() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        PkPdFitResult r = fit(s, concat(new double[] {1.5, 5.3, -96, 0}, 100, 0.5, 50, 1), PK_HELD,
            ObservedQuantity.RESPONSE, simulate(s, ObservedQuantity.RESPONSE, concat(PK, 100, 0.8, 30, 1), TIMES, 0,
                1, 4));
        assertEquals(PkPdFitStatus.INVALID_START, r.status());
        assertTrue(r.reason().contains("volume V/F [L] must be a finite number > 0, got -96.0"), r.reason());
    }

    @Test
    void dataThatCannotDefineTheParametersAreAmbiguous() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        // Only pre-dose samples: the drug parameters have no influence on any observation.
        double[] before = {-2, -1, -0.5, 0};
        PkPdFitResult r = fit(s, concat(PK, 100, 0.5, 50, 1), PK_HELD, ObservedQuantity.RESPONSE, List.of(
            new DosedProfile("a", DosingRegimen.single(4), before, new double[] {99, 101, 100, 98}),
            new DosedProfile("b", DosingRegimen.single(8), before, new double[] {100, 102, 97, 101})));
        assertEquals(PkPdFitStatus.AMBIGUOUS, r.status(), r.reason());
        assertEquals(99.75, r.estimate(PkPdParameter.E0).value(), 1e-9, "E0 is the mean of the baselines");
        assertTrue(Double.isNaN(r.estimate(PkPdParameter.IC50).standardError()));
        assertTrue(r.reason().startsWith("converged, but the data cannot determine every free parameter"));
    }
}
