package org.jakstat.core.pkpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Steady-state exposure and interval PD metrics against closed forms and brute force: Cavg = D / (CL/F tau)
 * (Rowland &amp; Tozer, 4th ed., ch. 11), time above threshold on a million-point grid, average inhibition by
 * independent fine-grid trapezoid, and the periodic state of stateful PD models against a long multi-dose run.
 */
class SteadyStateMetricsTest {

    private static final MolarMass MW = new MolarMass(371.42);

    private static final OneCompartmentOral PK = new OneCompartmentOral(1.4, 6.0, 70.0, 0.25);

    @Test
    void exposureMatchesClosedFormsAndBruteForce() {
        SteadyStateExposure e = SteadyStateCalculator.exposure(PK, 4.0, 24.0);
        assertEquals(4.0 / (6.0 * 24.0), e.cavg(), 1e-15);
        assertEquals(4.0 / 6.0, e.aucTau(), 1e-15);
        // Oral trough: the lowest concentration is when the next dose starts to be absorbed (t = lag).
        assertEquals(0.25, e.tmin(), 1e-9);
        assertEquals(PK.steadyStateConcentration(4.0, 24.0, 0.25), e.cmin(), 1e-15);
        double best = 0;
        double when = 0;
        for (int i = 0; i <= 1_000_000; i++) {
            double t = 24.0 * i / 1_000_000;
            double c = PK.steadyStateConcentration(4.0, 24.0, t);
            if (c > best) {
                best = c;
                when = t;
            }
        }
        assertEquals(best, e.cmax(), 1e-12 * best);
        assertEquals(when, e.tmax(), 1e-4);
        assertEquals(1.0 / -Math.expm1(-6.0 / 70.0 * 24.0), e.accumulationRatio(), 1e-12);
    }

    @Test
    void timeAboveThresholdMatchesAMillionPointCount() {
        PkPdScenario scenario = scenario(Optional.empty());
        double threshold = MW.toMolar(0.5 * PK.steadyStateConcentration(4, 24, 6.0));
        double above = SteadyStateCalculator.timeAboveThreshold(scenario, threshold);
        int n = 1_000_000;
        int count = 0;
        for (int i = 0; i < n; i++) {
            double t = 24.0 * (i + 0.5) / n;
            count += MW.toMolar(0.5 * PK.steadyStateConcentration(4, 24, t)) >= threshold ? 1 : 0;
        }
        assertEquals(24.0 * count / n, above, 1e-4);
        assertTrue(above > 0 && above < 24);
    }

    @Test
    void averageInhibitionOfTheDirectModelMatchesAnIndependentQuadrature() {
        DirectInhibition pd = DirectInhibition.of(100, 0.95, 30e-9, 1.3);
        IntervalEffectMetrics m = SteadyStateCalculator.effectOverInterval(scenario(Optional.of(pd)), 30e-9);
        int n = 200_000;
        double sum = 0;
        double max = 0;
        for (int i = 0; i <= n; i++) {
            double t = 24.0 * i / n;
            double inhibition = 100 * (1 - pd.effectAt(MW.toMolar(0.5 * PK.steadyStateConcentration(4, 24, t)))
                / 100);
            sum += (i == 0 || i == n ? 0.5 : 1.0) * inhibition;
            max = Math.max(max, inhibition);
        }
        assertEquals(sum / n, m.averagePercentInhibition(), 1e-6);
        // Grid resolution of the maximum: tau / 2400 around a flat peak.
        assertEquals(max, m.maxPercentInhibition(), 1e-4);
        double tmax = SteadyStateCalculator.exposure(PK, 4, 24).tmax();
        assertEquals(tmax, m.timeOfMaxInhibitionHours(), 24.0 / 2400);
    }

    @Test
    void periodicStateOfAnEffectCompartmentEqualsALongMultipleDoseRun() {
        EffectCompartment pd = new EffectCompartment(0.15, DirectInhibition.of(100, 1, 30e-9, 1));
        assertPeriodicStateMatchesLongRun(pd);
    }

    @Test
    void periodicStateOfAnIndirectResponseEqualsALongMultipleDoseRun() {
        IndirectResponse pd = IndirectResponse.fromBaseline(IndirectResponseType.INHIBIT_PRODUCTION, 5.0, 0.08,
            new SigmoidHill(0.9, 30e-9, 1));
        assertPeriodicStateMatchesLongRun(pd);
    }

    private static void assertPeriodicStateMatchesLongRun(final PdModel pd) {
        IntervalEffectMetrics m = SteadyStateCalculator.effectOverInterval(scenario(Optional.of(pd)), 30e-9);
        // 60 daily doses: PK (t1/2 8 h) and PD (slowest rate 0.08/h) are periodic to far below 1e-9 by then.
        int doses = 60;
        PkPdScenario longRun = new PkPdScenario(PK, new DosingRegimen(4, 24, doses), 0.5, MW, Optional.of(pd));
        double start = 24.0 * (doses - 1);
        double[] grid = SteadyStateCalculator.grid(24.0, PK.lagTime());
        double[] times = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            times[i] = start + grid[i];
        }
        double[] inhibition = PkPdSimulator.simulate(longRun, times).percentInhibition().orElseThrow();
        double average = SteadyStateCalculator.simpson(grid, inhibition, PK.lagTime()) / 24.0;
        assertEquals(average, m.averagePercentInhibition(), 1e-6 * Math.abs(average));
    }

    @Test
    void effectMetricsNeedAPdModelWithANonzeroBaseline() {
        assertThrows(IllegalArgumentException.class,
            () -> SteadyStateCalculator.effectOverInterval(scenario(Optional.empty()), 1e-8));
        DirectStimulation zeroBaseline = new DirectStimulation(0, 10, 1e-8, 1);
        assertThrows(IllegalArgumentException.class,
            () -> SteadyStateCalculator.effectOverInterval(scenario(Optional.of(zeroBaseline)), 1e-8));
    }

    @Test
    void refusesASteadyStateThatDoesNotExist() {
        // Imax = 1 with a Hill slope of 20 at a free concentration far above IC50: loss of R fully blocked.
        IndirectResponse unbounded = IndirectResponse.fromBaseline(IndirectResponseType.INHIBIT_LOSS, 5, 0.1,
            new SigmoidHill(1.0, 1e-12, 20));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SteadyStateCalculator.effectOverInterval(scenario(Optional.of(unbounded)), 1e-8));
        assertTrue(e.getMessage().contains("no periodic steady state"), e.getMessage());
    }

    private static PkPdScenario scenario(final Optional<PdModel> pd) {
        return new PkPdScenario(PK, new DosingRegimen(4, 24, 1), 0.5, MW, pd);
    }
}
