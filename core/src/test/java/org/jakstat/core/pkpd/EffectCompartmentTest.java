package org.jakstat.core.pkpd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Effect compartment (Sheiner et al. 1979, Clin Pharmacol Ther 25:358): {@code dCe/dt = ke0 (C - Ce)} checked
 * against its analytic solutions and against an independent integration of the whole PK + link system.
 */
class EffectCompartmentTest {

    private static final MolarMass MW = new MolarMass(400.0);

    @Test
    void constantConcentrationApproachesItExponentially() {
        double c = 3e-7;
        double ke0 = 0.8;
        EffectCompartment model = new EffectCompartment(ke0, DirectInhibition.of(100, 1, 1e-7, 1));
        StatefulPdIntegration ode = new StatefulPdIntegration(model, t -> c);
        double[] times = {0.1, 0.5, 1, 2, 5, 10, 30};
        double[] states = ode.integrate(0, 0, new double[0], times);
        for (int i = 0; i < times.length; i++) {
            // Ce(t) = C (1 - e^(-ke0 t)) for constant C and Ce(0) = 0.
            double expected = c * -Math.expm1(-ke0 * times[i]);
            assertEquals(expected, ode.unscaled(states[i]), 1e-9 * expected);
        }
    }

    @Test
    void batemanInputMatchesTheTriexponentialClosedForm() {
        double ka = 1.7;
        double ke = 0.12;
        double ke0 = 0.45;
        double v = 30;
        double dose = 5;
        OneCompartmentOral pk = new OneCompartmentOral(ka, ke * v, v, 0);
        EffectCompartment model = new EffectCompartment(ke0, DirectInhibition.of(1, 1, 1e-6, 1));
        DosingRegimen once = DosingRegimen.single(dose);
        StatefulPdIntegration ode = new StatefulPdIntegration(model, t -> MW.toMolar(pk.concentration(once, t)));
        double[] times = BatemanVersusOdeTest.grid(0.2, 72, 100);
        double[] states = ode.integrate(0, 0, new double[] {0}, times);
        double k = dose * ka / (v * (ka - ke));
        for (int i = 0; i < times.length; i++) {
            double t = times[i];
            // Convolution of K (e^(-ke t) - e^(-ka t)) with ke0 e^(-ke0 t), distinct rates.
            double ceMgPerL = k * ke0 * ((Math.exp(-ke * t) - Math.exp(-ke0 * t)) / (ke0 - ke)
                - (Math.exp(-ka * t) - Math.exp(-ke0 * t)) / (ke0 - ka));
            double expected = MW.toMolar(ceMgPerL);
            assertEquals(expected, ode.unscaled(states[i]), 1e-7 * expected);
        }
    }

    @Test
    void simulatedEffectMatchesIndependentIntegrationOfTheWholeSystem() {
        double ka = 0.9;
        double cl = 4;
        double v = 40;
        double lag = 0.3;
        double ke0 = 0.25;
        double fu = 0.4;
        DirectInhibition link = DirectInhibition.of(50, 0.9, 2e-8, 1.5);
        DosingRegimen regimen = new DosingRegimen(2.0, 12, 6);
        PkPdScenario scenario = new PkPdScenario(new OneCompartmentOral(ka, cl, v, lag), regimen, fu, MW,
            Optional.of(new EffectCompartment(ke0, link)));
        double[] times = BatemanVersusOdeTest.grid(0.05, 96, 240);
        double[] effect = PkPdSimulator.simulate(scenario, times).effect().orElseThrow();
        // States: gut amount, central amount [mg], effect-site free concentration [mg/L].
        ReferenceOdeIntegration ode = new ReferenceOdeIntegration(3, (y, dy) -> {
            dy[0] = -ka * y[0];
            dy[1] = ka * y[0] - cl / v * y[1];
            dy[2] = ke0 * (fu * y[1] / v - y[2]);
        }, ReferenceOdeIntegration.Method.GRAGG_BULIRSCH_STOER);
        double[] doseTimes = new double[regimen.numberOfDoses()];
        for (int i = 0; i < doseTimes.length; i++) {
            doseTimes[i] = regimen.doseTime(i) + lag;
        }
        double[] ce = ode.solve(new double[3], 0, regimen.doseMg(), doseTimes, times, y -> y[2]);
        for (int i = 0; i < times.length; i++) {
            double expected = link.effectAt(MW.toMolar(ce[i]));
            assertEquals(expected, effect[i], 1e-6 * expected);
        }
    }

    @Test
    void fastEquilibrationBecomesTheDirectModel() {
        DirectInhibition link = DirectInhibition.of(100, 1, 5e-8, 1);
        OneCompartmentOral pk = new OneCompartmentOral(1.0, 5, 50, 0);
        DosingRegimen once = DosingRegimen.single(4);
        PkPdScenario linked = new PkPdScenario(pk, once, 0.5, MW, Optional.of(new EffectCompartment(1e4, link)));
        PkPdScenario direct = new PkPdScenario(pk, once, 0.5, MW, Optional.of(link));
        double[] times = BatemanVersusOdeTest.grid(0.5, 48, 50);
        double[] a = PkPdSimulator.simulate(linked, times).effect().orElseThrow();
        double[] b = PkPdSimulator.simulate(direct, times).effect().orElseThrow();
        for (int i = 0; i < times.length; i++) {
            // Lag of Ce behind C is about C'/ke0: relative error of order 1e-4 here.
            assertEquals(b[i], a[i], 1e-3 * b[i]);
        }
    }
}
