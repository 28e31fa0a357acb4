package org.jakstat.core.pkpd;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * ODE integration of the one-state pharmacodynamic models (effect compartment, indirect response) with
 * Commons Math's Dormand-Prince 8(5,3) at rtol 1e-10, atol 1e-12 on a scaled state of order 1: Ce / C50 for the
 * effect compartment, R / R0 for indirect responses. Integration stops and restarts at every breakpoint (dose
 * time plus lag), where the concentration's derivative jumps, so no step straddles a kink.
 */
final class StatefulPdIntegration {

    /** Relative tolerance of the integrator. */
    static final double RELATIVE_TOLERANCE = 1e-10;

    /** Absolute tolerance on the scaled state. */
    static final double ABSOLUTE_TOLERANCE = 1e-12;

    private final PdModel m_model;

    private final DoubleUnaryOperator m_freeMolar;

    private final double m_scale;

    private final FirstOrderIntegrator m_integrator =
        new DormandPrince853Integrator(1e-12, Double.MAX_VALUE, ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE);

    private final FirstOrderDifferentialEquations m_equations;

    /**
     * @param model an effect-compartment or indirect-response model
     * @param freeMolar free concentration [M] as a function of time [h]
     */
    StatefulPdIntegration(final PdModel model, final DoubleUnaryOperator freeMolar) {
        m_model = model;
        m_freeMolar = freeMolar;
        if (model instanceof EffectCompartment e) {
            m_scale = linkC50(e.link());
        } else if (model instanceof IndirectResponse) {
            m_scale = 1.0;
        } else {
            throw new IllegalArgumentException("a direct effect model has no state to integrate");
        }
        m_equations = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public void computeDerivatives(final double t, final double[] y, final double[] yDot) {
                yDot[0] = rate(t, y[0]);
            }
        };
    }

    private static double linkC50(final DirectEffect link) {
        return link instanceof DirectInhibition d ? d.inhibition().c50Molar()
            : ((DirectStimulation) link).ec50Molar();
    }

    private double rate(final double t, final double state) {
        double c = m_freeMolar.applyAsDouble(t);
        if (m_model instanceof EffectCompartment e) {
            return e.ke0() * (c / m_scale - state);
        }
        return ((IndirectResponse) m_model).relativeRate(state, c);
    }

    /** @return the scaled state before any drug: 0 for an effect compartment, 1 (R = R0) for indirect responses */
    double initialState() {
        return m_model instanceof EffectCompartment ? 0.0 : 1.0;
    }

    /**
     * @param state scaled state
     * @return the response it corresponds to
     */
    double effectOf(final double state) {
        if (m_model instanceof EffectCompartment e) {
            return e.link().effectAt(state * m_scale);
        }
        return ((IndirectResponse) m_model).baseline() * state;
    }

    /**
     * @param state scaled state
     * @return the effect-site concentration [M] (effect compartment) or R/R0 (indirect response)
     */
    double unscaled(final double state) {
        return state * m_scale;
    }

    /**
     * Integrates from a known state to each output time in turn.
     *
     * @param t0 time of the known state [h]
     * @param state0 scaled state at t0
     * @param breakpoints ascending times where the driving concentration has a kink [h]
     * @param times non-decreasing output times, all &gt;= t0 [h]
     * @return the scaled state at each output time
     */
    double[] integrate(final double t0, final double state0, final double[] breakpoints, final double[] times) {
        double[] y = {state0};
        double t = t0;
        int next = 0;
        while (next < breakpoints.length && breakpoints[next] <= t) {
            next++;
        }
        double[] out = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            while (next < breakpoints.length && breakpoints[next] < times[i]) {
                t = step(t, breakpoints[next], y);
                next++;
            }
            t = step(t, times[i], y);
            out[i] = y[0];
        }
        return out;
    }

    private double step(final double from, final double to, final double[] y) {
        if (to > from) {
            m_integrator.integrate(m_equations, from, y, to, y);
            return to;
        }
        return from;
    }
}
