package org.jakstat.core.pkpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Steady state and time of peak of the one-compartment oral model against closed forms and brute force.
 * Formulas: accumulation factor R = 1 / (1 - e^(-ke tau)) and tmax = ln(ka/ke) / (ka - ke) (Gibaldi &amp;
 * Perrier, Pharmacokinetics, 2nd ed., 1982, ch. 1 and 3; Rowland &amp; Tozer, 4th ed., 2011, ch. 7 and 11).
 */
class SteadyStateAndTmaxTest {

    @Test
    void postAbsorptiveSteadyStateOverFirstDoseIsTheAccumulationFactor() {
        // ka = 50/h: e^(-ka t) is below 1e-200 at t = 12 h, so the ratio is exactly R in double precision.
        OneCompartmentOral pk = new OneCompartmentOral(50.0, 7.0, 70.0, 0.0);
        double tau = 12.0;
        double ratio = pk.steadyStateConcentration(4.0, tau, 11.0) / pk.concentrationAfterDose(4.0, 11.0);
        double r = 1.0 / (1.0 - Math.exp(-0.1 * tau));
        assertEquals(r, ratio, 1e-12 * r);
        assertEquals(r, pk.accumulationFactor(tau), 1e-12 * r);
        assertEquals(r, pk.accumulationRatio(tau), 1e-12 * r);
    }

    @ParameterizedTest
    @CsvSource({"1.2, 5.0, 50.0, 0.0, 24", "0.1, 2.0, 20.0, 0.0, 12", "0.1, 2.0, 20.0, 0.5, 8",
        "3.0, 30.0, 10.0, 0.25, 24"})
    void closedFormSteadyStateEqualsSuperpositionOfManyDoses(final double ka, final double cl, final double v,
        final double lag, final double tau) {
        OneCompartmentOral pk = new OneCompartmentOral(ka, cl, v, lag);
        // Enough doses that the omitted tail e^(-min(ka,ke) n tau) is below 1e-15.
        int n = (int) Math.ceil(36.0 / (pk.terminalRate() * tau)) + 1;
        DosingRegimen regimen = new DosingRegimen(3.0, tau, n);
        for (double s = 0; s < tau; s += tau / 17) {
            double bySum = pk.concentration(regimen, regimen.lastDoseTime() + s);
            assertEquals(bySum, pk.steadyStateConcentration(3.0, tau, s), 1e-9 * bySum);
        }
    }

    @Test
    void steadyStateIsExactWhenKaEqualsKe() {
        OneCompartmentOral equal = new OneCompartmentOral(0.2, 2.0, 10.0, 0.0);
        OneCompartmentOral near = new OneCompartmentOral(0.2 * (1 + 1e-7), 2.0, 10.0, 0.0);
        for (double s = 0; s < 24; s += 1.5) {
            double a = equal.steadyStateConcentration(5.0, 24.0, s);
            double b = near.steadyStateConcentration(5.0, 24.0, s);
            assertEquals(a, b, 1e-6 * a);
        }
    }

    @ParameterizedTest
    @CsvSource({"4.4, 0.0555", "0.3, 0.3", "0.05, 0.5", "1.0, 0.9999", "20.0, 0.01"})
    void tmaxFormulaMatchesTheNumericalArgmax(final double ka, final double ke) {
        OneCompartmentOral pk = new OneCompartmentOral(ka, ke * 10.0, 10.0, 0.0);
        double tmax = pk.timeOfPeak();
        // Golden-section search on the closed form, independent of the tmax formula.
        double lo = 0;
        double hi = 10.0 / Math.min(ka, ke);
        double g = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 200; i++) {
            double a = hi - g * (hi - lo);
            double b = lo + g * (hi - lo);
            if (pk.concentrationAfterDose(1, a) > pk.concentrationAfterDose(1, b)) {
                hi = b;
            } else {
                lo = a;
            }
        }
        // The peak is flat to second order: golden section locates it to about sqrt(machine epsilon).
        assertEquals(0.5 * (lo + hi), tmax, 1e-6 * tmax);
    }

    @ParameterizedTest
    @CsvSource({"12.5, 1.0", "6.0, 0.5", "3.0, 4.3", "100.0, 2.0", "2.0, 2.885"})
    void halfLifeAndTmaxRoundTrip(final double halfLife, final double tmax) {
        OneCompartmentOral pk = OneCompartmentOral.fromHalfLifeAndTmax(halfLife, tmax, 50.0, 0.0);
        assertEquals(halfLife, pk.eliminationHalfLife(), 1e-12 * halfLife);
        assertEquals(tmax, pk.timeOfPeak(), 1e-10 * tmax);
        assertTrue(pk.absorptionRate() >= pk.eliminationRate(), "the root with ka >= ke is chosen");
    }

    @Test
    void halfLifeAndTmaxRoundTripWithLag() {
        OneCompartmentOral pk = OneCompartmentOral.fromHalfLifeAndTmax(12.5, 1.5, 76.0, 0.5);
        assertEquals(1.5, pk.timeOfPeak(), 1e-12);
        assertEquals(0.5, pk.lagTime());
    }

    @Test
    void tmaxAtTheLimitOneOverKeGivesKaEqualToKe() {
        double ke = Math.log(2) / 3.0;
        assertEquals(ke, AbsorptionRateFromTmax.solve(1.0 / ke, ke), 1e-9 * ke);
    }

    @Test
    void refusesATmaxThatNoKaAboveKeCanProduce() {
        // t1/2 = 2 h: the latest possible peak is t1/2/ln2 = 2.885 h after the lag.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> OneCompartmentOral.fromHalfLifeAndTmax(2.0, 3.0, 50.0, 0.0));
        assertTrue(e.getMessage().contains("impossible"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OneCompartmentOral.fromHalfLifeAndTmax(2.0, 0.4, 50, 0.5));
    }

    @Test
    void areaUnderCurveIsDoseOverClearanceAndMatchesNumericalIntegration() {
        OneCompartmentOral pk = new OneCompartmentOral(1.3, 6.0, 60.0, 0.2);
        double tau = 24.0;
        int n = 24_000;
        double h = tau / n;
        double simpson = 0;
        for (int i = 0; i <= n; i++) {
            double w = i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2);
            simpson += w * pk.steadyStateConcentration(4.0, tau, pk.lagTime() + i * h);
        }
        simpson *= h / 3;
        assertEquals(4.0 / 6.0, pk.areaUnderCurve(4.0), 1e-15);
        assertEquals(pk.areaUnderCurve(4.0), simpson, 1e-9);
    }
}
