package org.jakstat.core.pkpd;

import java.util.function.BiConsumer;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.nonstiff.GraggBulirschStoerIntegrator;

/**
 * Test-side reference: integrates a compartment system written out state by state (independently of the closed
 * forms under test), with bolus doses added to chosen states at dose times. Integration restarts at every dose
 * so no step straddles a discontinuity.
 */
final class ReferenceOdeIntegration {

    /** Which Commons Math integrator to use: two different methods give two independent references. */
    enum Method {
        /** Dormand-Prince 8(5,3), rtol 1e-12. */
        DORMAND_PRINCE,
        /** Gragg-Bulirsch-Stoer extrapolation, rtol 1e-12. */
        GRAGG_BULIRSCH_STOER
    }

    private final FirstOrderDifferentialEquations m_system;

    private final Method m_method;

    ReferenceOdeIntegration(final int dimension, final BiConsumer<double[], double[]> autonomousRhs,
        final Method method) {
        this((t, y, dy) -> autonomousRhs.accept(y, dy), dimension, method);
    }

    ReferenceOdeIntegration(final TimeDependentRhs rhs, final int dimension, final Method method) {
        m_method = method;
        m_system = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return dimension;
            }

            @Override
            public void computeDerivatives(final double t, final double[] y, final double[] yDot) {
                rhs.compute(t, y, yDot);
            }
        };
    }

    /** A right-hand side that may depend on time. */
    @FunctionalInterface
    interface TimeDependentRhs {
        void compute(double t, double[] y, double[] yDot);
    }

    private FirstOrderIntegrator integrator() {
        return switch (m_method) {
            case DORMAND_PRINCE -> new DormandPrince853Integrator(1e-12, 100, 1e-16, 1e-12);
            case GRAGG_BULIRSCH_STOER -> new GraggBulirschStoerIntegrator(1e-12, 100, 1e-16, 1e-12);
        };
    }

    /**
     * @param initial state at time 0 (before the first dose)
     * @param doseState index of the state receiving doses
     * @param dose amount per dose
     * @param doseTimes ascending dose times, &gt;= 0
     * @param times ascending output times, &gt;= 0
     * @param observed maps a state to the observed value
     * @return observed value at each output time
     */
    double[] solve(final double[] initial, final int doseState, final double dose, final double[] doseTimes,
        final double[] times, final java.util.function.ToDoubleFunction<double[]> observed) {
        double[] y = initial.clone();
        double t = 0;
        int nextDose = 0;
        double[] out = new double[times.length];
        FirstOrderIntegrator integrator = integrator();
        for (int i = 0; i < times.length; i++) {
            while (nextDose < doseTimes.length && doseTimes[nextDose] <= times[i]) {
                t = advance(integrator, y, t, doseTimes[nextDose]);
                y[doseState] += dose;
                nextDose++;
            }
            t = advance(integrator, y, t, times[i]);
            out[i] = observed.applyAsDouble(y);
        }
        return out;
    }

    private double advance(final FirstOrderIntegrator integrator, final double[] y, final double from,
        final double to) {
        if (to > from) {
            integrator.integrate(m_system, from, y, to, y);
        }
        return Math.max(from, to);
    }
}
