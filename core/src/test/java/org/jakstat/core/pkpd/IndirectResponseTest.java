package org.jakstat.core.pkpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Indirect response models I-IV (Dayneka, Garg &amp; Jusko 1993, J Pharmacokinet Biopharm 21:457): baseline
 * without drug, the analytic solution under a constant concentration, agreement with an independent integration
 * of the whole PK + turnover system, the direction of each model's response, and return to baseline.
 */
class IndirectResponseTest {

    private static final MolarMass MW = new MolarMass(371.42);

    private static final double KOUT = 0.3;

    private static final double R0 = 20.0;

    private static IndirectResponse model(final IndirectResponseType type) {
        double max = type.isInhibitory() ? 0.8 : 2.5;
        return IndirectResponse.fromBaseline(type, R0, KOUT, new SigmoidHill(max, 5e-8, 1.2));
    }

    @ParameterizedTest
    @EnumSource(IndirectResponseType.class)
    void withoutDrugTheResponseStaysAtBaseline(final IndirectResponseType type) {
        double[] times = BatemanVersusOdeTest.grid(0, 200, 41);
        double[] r = EffectTimeCourseSolver.solve(model(type), t -> 0.0, 0.0, new double[0], times);
        for (double v : r) {
            assertEquals(R0, v, 1e-12 * R0);
        }
        assertEquals(R0, model(type).baseline(), 1e-15);
    }

    @ParameterizedTest
    @EnumSource(IndirectResponseType.class)
    void constantConcentrationFollowsTheAnalyticSolution(final IndirectResponseType type) {
        IndirectResponse m = model(type);
        double c = 8e-8;
        double f = m.drug().valueAt(c);
        // Linear ODE dr/dt = a - b r with r(0) = 1: r = a/b + (1 - a/b) e^(-b t).
        double a = switch (type) {
            case INHIBIT_PRODUCTION -> KOUT * (1 - f);
            case STIMULATE_PRODUCTION -> KOUT * (1 + f);
            default -> KOUT;
        };
        double b = switch (type) {
            case INHIBIT_LOSS -> KOUT * (1 - f);
            case STIMULATE_LOSS -> KOUT * (1 + f);
            default -> KOUT;
        };
        double[] times = BatemanVersusOdeTest.grid(0.1, 40, 60);
        double[] r = EffectTimeCourseSolver.solve(m, t -> c, 0.0, new double[0], times);
        for (int i = 0; i < times.length; i++) {
            double expected = R0 * (a / b + (1 - a / b) * Math.exp(-b * times[i]));
            assertEquals(expected, r[i], 1e-9 * expected);
        }
    }

    @ParameterizedTest
    @EnumSource(IndirectResponseType.class)
    void matchesIndependentIntegrationAndShowsTheModelsSignature(final IndirectResponseType type) {
        IndirectResponse m = model(type);
        OneCompartmentOral pk = new OneCompartmentOral(2.0, 10.0, 80.0, 0.0);
        double fu = 0.5;
        DosingRegimen once = DosingRegimen.single(8.0);
        PkPdScenario scenario = new PkPdScenario(pk, once, fu, MW, Optional.of(m));
        double[] times = BatemanVersusOdeTest.grid(0.05, 150, 300);
        SimulatedTimeCourse course = PkPdSimulator.simulate(scenario, times);
        double[] r = course.effect().orElseThrow();
        ReferenceOdeIntegration ode = new ReferenceOdeIntegration(3, (y, dy) -> {
            dy[0] = -pk.absorptionRate() * y[0];
            dy[1] = pk.absorptionRate() * y[0] - pk.eliminationRate() * y[1];
            double freeMolar = MW.toMolar(fu * y[1] / pk.volumeOverF());
            dy[2] = R0 * m.relativeRate(y[2] / R0, freeMolar);
        }, ReferenceOdeIntegration.Method.GRAGG_BULIRSCH_STOER);
        double[] reference = ode.solve(new double[] {0, 0, R0}, 0, once.doseMg(), new double[] {0}, times,
            y -> y[2]);
        double extreme = 0;
        int at = 0;
        for (int i = 0; i < times.length; i++) {
            assertEquals(reference[i], r[i], 1e-6 * reference[i]);
            if (Math.abs(r[i] - R0) > Math.abs(extreme)) {
                extreme = r[i] - R0;
                at = i;
            }
        }
        boolean falls = type == IndirectResponseType.INHIBIT_PRODUCTION || type == IndirectResponseType.STIMULATE_LOSS;
        assertTrue(falls ? extreme < -0.05 * R0 : extreme > 0.05 * R0, type + " moved " + extreme);
        // Turnover delays the response: its extreme comes after the concentration peak (Dayneka et al. 1993).
        assertTrue(times[at] > pk.timeOfPeak(), "response extreme at " + times[at] + " h");
        // After washout (about 31 elimination half-lives), back at baseline.
        assertEquals(R0, r[r.length - 1], 1e-4 * R0);
    }
}
