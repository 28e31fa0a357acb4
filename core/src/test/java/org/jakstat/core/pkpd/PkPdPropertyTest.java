package org.jakstat.core.pkpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants over random valid parameters (jqwik): no exception, concentrations finite and never negative,
 * superposition linear in dose, steady state above any finite number of doses, inhibition within [0, Imax].
 * Kept apart from the JUnit Jupiter tests: surefire writes one report per class, so a class run by two engines
 * would be counted only once. Rates span 1e-3 to 1e2 per hour, volumes 1 to 1e4 L, on log scales.
 */
class PkPdPropertyTest {

    private static OneCompartmentOral oneCompartment(final double logKa, final double logCl, final double logV,
        final double lag) {
        return new OneCompartmentOral(Math.pow(10, logKa), Math.pow(10, logCl), Math.pow(10, logV), lag);
    }

    @Property(tries = 300)
    void concentrationsAreFiniteAndNeverNegative(@ForAll @DoubleRange(min = -3, max = 2) final double logKa,
        @ForAll @DoubleRange(min = -2, max = 3) final double logCl,
        @ForAll @DoubleRange(min = 0, max = 4) final double logV,
        @ForAll @DoubleRange(min = 0, max = 3) final double lag,
        @ForAll @DoubleRange(min = 0, max = 500) final double t,
        @ForAll @IntRange(min = 1, max = 30) final int doses) {
        OneCompartmentOral pk = oneCompartment(logKa, logCl, logV, lag);
        double c = pk.concentration(new DosingRegimen(4, 12, doses), t);
        assertTrue(Double.isFinite(c) && c >= 0, "C = " + c);
        double css = pk.steadyStateConcentration(4, 12, t);
        assertTrue(Double.isFinite(css) && css >= 0, "Css = " + css);
    }

    @Property(tries = 300)
    void twoCompartmentConcentrationsAreFiniteAndNeverNegative(
        @ForAll @DoubleRange(min = -3, max = 2) final double logKa,
        @ForAll @DoubleRange(min = -2, max = 3) final double logCl,
        @ForAll @DoubleRange(min = 0, max = 4) final double logV1,
        @ForAll @DoubleRange(min = -3, max = 3) final double logQ,
        @ForAll @DoubleRange(min = 0, max = 4) final double logV2,
        @ForAll @DoubleRange(min = 0, max = 500) final double t) {
        TwoCompartmentOral pk = new TwoCompartmentOral(Math.pow(10, logKa), Math.pow(10, logCl), Math.pow(10, logV1),
            Math.pow(10, logQ), Math.pow(10, logV2), 0);
        double c = pk.concentration(new DosingRegimen(4, 24, 5), t);
        assertTrue(Double.isFinite(c) && c >= 0, "C = " + c);
        assertTrue(pk.beta() <= pk.alpha());
    }

    @Property(tries = 200)
    void superpositionIsLinearInDose(@ForAll @DoubleRange(min = -2, max = 1) final double logKa,
        @ForAll @DoubleRange(min = -1, max = 2) final double logCl,
        @ForAll @DoubleRange(min = 1, max = 3) final double logV,
        @ForAll @DoubleRange(min = 0.01, max = 100) final double scale,
        @ForAll @DoubleRange(min = 0, max = 200) final double t) {
        OneCompartmentOral pk = oneCompartment(logKa, logCl, logV, 0.5);
        DosingRegimen regimen = new DosingRegimen(2, 8, 12);
        double base = pk.concentration(regimen, t);
        assertEquals(scale * base, pk.concentration(regimen.scaledBy(scale), t), 1e-12 * scale * base + 1e-300);
    }

    @Property(tries = 200)
    void steadyStateBoundsEveryFiniteRegimenFromAbove(@ForAll @DoubleRange(min = -2, max = 1) final double logKa,
        @ForAll @DoubleRange(min = -1, max = 2) final double logCl,
        @ForAll @DoubleRange(min = 1, max = 3) final double logV,
        @ForAll @IntRange(min = 1, max = 20) final int doses,
        @ForAll @DoubleRange(min = 0, max = 24) final double sinceLastDose) {
        OneCompartmentOral pk = oneCompartment(logKa, logCl, logV, 0);
        DosingRegimen regimen = new DosingRegimen(3, 24, doses);
        double c = pk.concentration(regimen, regimen.lastDoseTime() + sinceLastDose);
        double css = pk.steadyStateConcentration(3, 24, sinceLastDose);
        assertTrue(c <= css * (1 + 1e-12), c + " > " + css);
    }

    @Property(tries = 100)
    void simulatedInhibitionStaysWithinZeroAndImax(@ForAll @DoubleRange(min = -1, max = 1) final double logKa,
        @ForAll @DoubleRange(min = 0, max = 1) final double imax,
        @ForAll @DoubleRange(min = -10, max = -6) final double logIc50,
        @ForAll @DoubleRange(min = 0.3, max = 4) final double hill,
        @ForAll @DoubleRange(min = -3, max = 1) final double logKe0) {
        DirectInhibition link = DirectInhibition.of(10, imax, Math.pow(10, logIc50), hill);
        PkPdScenario s = new PkPdScenario(oneCompartment(logKa, 1, 2, 0), new DosingRegimen(4, 24, 3), 0.3,
            new MolarMass(300), Optional.of(new EffectCompartment(Math.pow(10, logKe0), link)));
        double[] inhibition = PkPdSimulator.simulate(s, PkPdSimulator.evenGrid(0, 96, 2))
            .percentInhibition().orElseThrow();
        for (double p : inhibition) {
            assertTrue(p >= -1e-9 && p <= 100 * imax + 1e-9, "inhibition " + p);
        }
    }

    @Property(tries = 100)
    void indirectResponsesStayPositiveAndFinite(@ForAll final IndirectResponseType type,
        @ForAll @DoubleRange(min = 0, max = 1) final double max,
        @ForAll @DoubleRange(min = -3, max = 1) final double logKout,
        @ForAll @DoubleRange(min = -9, max = -6) final double logC50) {
        IndirectResponse pd = IndirectResponse.fromBaseline(type, 7, Math.pow(10, logKout),
            new SigmoidHill(max, Math.pow(10, logC50), 1));
        PkPdScenario s = new PkPdScenario(oneCompartment(0, 1, 2, 0), new DosingRegimen(4, 24, 3), 0.5,
            new MolarMass(300), Optional.of(pd));
        for (double r : PkPdSimulator.simulate(s, PkPdSimulator.evenGrid(0, 96, 4)).effect().orElseThrow()) {
            assertTrue(Double.isFinite(r) && r > 0, "R = " + r);
        }
    }
}
