package org.jakstat.core.pkpd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two-compartment oral model: the three-exponential closed form against ODE integration of
 * {@code dAg/dt = -ka Ag; dA1/dt = ka Ag - (k10 + k12) A1 + k21 A2; dA2/dt = k12 A1 - k21 A2}
 * (Gibaldi &amp; Perrier, Pharmacokinetics, 2nd ed., 1982, ch. 2), and the macro-constant identities
 * alpha + beta = k10 + k12 + k21 and alpha beta = k10 k21 that define them.
 */
class TwoCompartmentTest {

    @ParameterizedTest
    @CsvSource({"1.5, 8.0, 40.0, 12.0, 80.0, 0.0", "0.4, 3.0, 10.0, 20.0, 200.0, 0.3",
        "2.0, 10.0, 20.0, 1.0, 20.0, 0.0"})
    void closedFormMatchesOdeIntegrationForSingleAndRepeatedDoses(final double ka, final double cl,
        final double v1, final double q, final double v2, final double lag) {
        TwoCompartmentOral pk = new TwoCompartmentOral(ka, cl, v1, q, v2, lag);
        double k10 = cl / v1;
        double k12 = q / v1;
        double k21 = q / v2;
        DosingRegimen regimen = new DosingRegimen(4.0, 24.0, 5);
        double[] doseTimes = new double[5];
        for (int i = 0; i < 5; i++) {
            doseTimes[i] = regimen.doseTime(i) + lag;
        }
        double[] times = BatemanVersusOdeTest.grid(lag + 0.05, 150, 300);
        ReferenceOdeIntegration ode = new ReferenceOdeIntegration(3, (y, dy) -> {
            dy[0] = -ka * y[0];
            dy[1] = ka * y[0] - (k10 + k12) * y[1] + k21 * y[2];
            dy[2] = k12 * y[1] - k21 * y[2];
        }, ReferenceOdeIntegration.Method.DORMAND_PRINCE);
        double[] reference = ode.solve(new double[3], 0, 4.0, doseTimes, times, y -> y[1] / v1);
        for (int i = 0; i < times.length; i++) {
            assertEquals(reference[i], pk.concentration(regimen, times[i]), 1e-6 * reference[i]);
        }
    }

    @Test
    void macroConstantsSatisfyTheirDefiningIdentities() {
        TwoCompartmentOral pk = new TwoCompartmentOral(1.0, 8.0, 40.0, 12.0, 80.0, 0.0);
        double sum = pk.k10() + pk.k12() + pk.k21();
        assertEquals(sum, pk.alpha() + pk.beta(), 1e-14 * sum);
        assertEquals(pk.k10() * pk.k21(), pk.alpha() * pk.beta(), 1e-14 * pk.k10() * pk.k21());
        // Disposition at t = 0 is 1/V1 (A + B = 1/V1).
        ExponentialDisposition d = pk.disposition();
        assertEquals(1.0 / 40.0, d.coefficients()[0] + d.coefficients()[1], 1e-15);
    }

    @Test
    void exactWhenKaEqualsAlphaOrBeta() {
        TwoCompartmentOral base = new TwoCompartmentOral(1.0, 8.0, 40.0, 12.0, 80.0, 0.0);
        for (double rate : new double[] {base.alpha(), base.beta()}) {
            TwoCompartmentOral equal = new TwoCompartmentOral(rate, 8.0, 40.0, 12.0, 80.0, 0.0);
            TwoCompartmentOral near = new TwoCompartmentOral(rate * (1 + 1e-8), 8.0, 40.0, 12.0, 80.0, 0.0);
            for (double t = 0.1; t < 100; t *= 1.7) {
                double a = equal.concentrationAfterDose(4, t);
                assertEquals(a, near.concentrationAfterDose(4, t), 1e-6 * a);
            }
        }
    }

    @Test
    void tinyIntercompartmentalClearanceReducesToOneCompartment() {
        TwoCompartmentOral two = new TwoCompartmentOral(1.1, 5.0, 50.0, 1e-9, 100.0, 0.0);
        OneCompartmentOral one = new OneCompartmentOral(1.1, 5.0, 50.0, 0.0);
        for (double t = 0.1; t < 48; t += 0.7) {
            double c = one.concentrationAfterDose(4, t);
            assertEquals(c, two.concentrationAfterDose(4, t), 1e-7 * c);
        }
    }

    @Test
    void steadyStateClosedFormMatchesSuperposition() {
        TwoCompartmentOral pk = new TwoCompartmentOral(1.5, 8.0, 40.0, 12.0, 80.0, 0.2);
        double tau = 12;
        int n = (int) Math.ceil(36.0 / (pk.terminalRate() * tau)) + 1;
        DosingRegimen regimen = new DosingRegimen(4.0, tau, n);
        for (double s = 0; s < tau; s += 0.9) {
            double bySum = pk.concentration(regimen, regimen.lastDoseTime() + s);
            assertEquals(bySum, pk.steadyStateConcentration(4.0, tau, s), 1e-9 * bySum);
        }
    }
}
