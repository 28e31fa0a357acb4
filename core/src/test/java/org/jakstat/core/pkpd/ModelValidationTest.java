package org.jakstat.core.pkpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.jakstat.core.potency.ConcentrationUnit;
import org.junit.jupiter.api.Test;

/**
 * Invalid parameters fail at construction with a message naming the parameter, never as NaN later; plus the
 * unit conversion, the grid helper and the fitter-facing prediction view.
 */
class ModelValidationTest {

    @Test
    void refusesNonPhysicalPkParameters() {
        assertMessage("volume V/F", () -> new OneCompartmentOral(1, 5, -3, 0));
        assertMessage("absorption rate ka", () -> new OneCompartmentOral(0, 5, 50, 0));
        assertMessage("clearance CL/F", () -> new OneCompartmentOral(1, Double.NaN, 50, 0));
        assertMessage("lag time", () -> new OneCompartmentOral(1, 5, 50, -0.1));
        assertMessage("absorption rate ka", () -> new OneCompartmentOral(Double.POSITIVE_INFINITY, 5, 50, 0));
        assertMessage("peripheral volume", () -> new TwoCompartmentOral(1, 5, 50, 2, 0, 0));
        assertMessage("bioavailability", () -> OneCompartmentOral.fromBioavailability(1, 5, 50, 1.2, 0));
        assertMessage("dose", () -> new DosingRegimen(-4, 24, 1));
        assertMessage("number of doses", () -> new DosingRegimen(4, 24, 0));
        assertMessage("fraction unbound", () -> new PkPdScenario(new OneCompartmentOral(1, 5, 50, 0),
            DosingRegimen.single(4), 0, new MolarMass(300), Optional.empty()));
        assertMessage("molar mass", () -> new MolarMass(0));
    }

    @Test
    void refusesNonPhysicalPdParameters() {
        assertMessage("Imax", () -> DirectInhibition.of(100, 1.5, 1e-8, 1));
        assertMessage("C50", () -> DirectInhibition.of(100, 1, -1e-8, 1));
        assertMessage("Hill", () -> new SigmoidHill(1, 1e-8, 0));
        assertMessage("baseline E0", () -> DirectInhibition.of(0, 1, 1e-8, 1));
        assertMessage("ke0", () -> new EffectCompartment(0, DirectInhibition.of(1, 1, 1e-8, 1)));
        assertMessage("kout", () -> IndirectResponse.fromBaseline(IndirectResponseType.INHIBIT_PRODUCTION, 5, -1,
            new SigmoidHill(0.5, 1e-8, 1)));
        assertMessage("Imax", () -> IndirectResponse.fromBaseline(IndirectResponseType.INHIBIT_LOSS, 5, 1,
            new SigmoidHill(2, 1e-8, 1)));
        // Stimulation may exceed 1.
        IndirectResponse.fromBaseline(IndirectResponseType.STIMULATE_PRODUCTION, 5, 1, new SigmoidHill(2, 1e-8, 1));
    }

    @Test
    void refusesUnsortedOrNonFiniteTimes() {
        PkPdScenario s = new PkPdScenario(new OneCompartmentOral(1, 5, 50, 0), DosingRegimen.single(4), 0.5,
            new MolarMass(300), Optional.empty());
        assertMessage("ascending", () -> PkPdSimulator.simulate(s, new double[] {0, 2, 1}));
        assertMessage("not finite", () -> PkPdSimulator.simulate(s, new double[] {0, Double.NaN}));
    }

    @Test
    void convertsMassToMolarConcentration() {
        // 1 mg/L of a 371.42 g/mol compound: 1e-3 g/L / 371.42 g/mol = 2.6924e-6 M = 2692.4 nM.
        MolarMass mw = new MolarMass(371.42);
        assertEquals(1e-3 / 371.42, mw.toMolar(1.0), 1e-20);
        assertEquals(1e6 / 371.42, mw.convert(1.0, ConcentrationUnit.NM), 1e-9);
        assertEquals(0.25, mw.toMgPerLitre(mw.toMolar(0.25)), 1e-15);
    }

    @Test
    void predictionViewGivesAccurateSensitivities() {
        DosingRegimen regimen = new DosingRegimen(4, 24, 3);
        ParameterizedPrediction f = ParameterizedPrediction.oneCompartmentOral(regimen);
        double[] p = {1.2, 6.0, 60.0, 0.0};
        double[] times = {0.5, 2, 10, 30, 60};
        double[][] j = f.sensitivities(p, times);
        // d C / d (V/F) at t = 2 h, by an independent central difference with a step 1000 times larger.
        double h = 1e-3;
        double up = new OneCompartmentOral(1.2, 6, 60 + h, 0).concentration(regimen, 2);
        double down = new OneCompartmentOral(1.2, 6, 60 - h, 0).concentration(regimen, 2);
        assertEquals((up - down) / (2 * h), j[1][2], 1e-6 * Math.abs(j[1][2]));
        // The lag sits at its bound 0, so a one-sided difference is used; C is still rising at 0.5 h, and a
        // later start lowers it: dC/dtlag < 0.
        assertTrue(j[0][3] < 0);
        assertEquals(OneCompartmentOral.PARAMETER_NAMES, f.parameterNames());
        assertThrows(IllegalArgumentException.class, () -> f.predict(new double[] {1, -6, 60, 0}, times));
    }

    @Test
    void evenGridIncludesBothEnds() {
        double[] g = PkPdSimulator.evenGrid(0, 24, 0.1);
        assertEquals(241, g.length);
        assertEquals(24.0, g[240], 1e-12);
    }

    private static void assertMessage(final String expected, final org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().contains(expected), () -> "'" + x.getMessage() + "' should name " + expected);
    }
}
