package org.jakstat.core.pkpd;

import java.util.function.DoubleUnaryOperator;

/**
 * Evaluates a pharmacodynamic model over time for a given free-concentration time course: direct models in
 * closed form, the effect compartment and indirect responses by ODE integration ({@link StatefulPdIntegration},
 * Dormand-Prince 8(5,3), rtol 1e-10).
 *
 * <p>For a PD fitter with known PK: keep the concentration function fixed, build the {@link PdModel} record from
 * the parameter vector, and call {@link #solve}; results are deterministic and smooth in the parameters at the
 * integrator tolerance, so central finite differences with a relative step of about 1e-4 give sensitivities.
 */
public final class EffectTimeCourseSolver {

    private EffectTimeCourseSolver() {
    }

    /**
     * @param model the PD model
     * @param freeMolar free concentration [M] as a function of time [h]; must be 0 before startTime
     * @param startTime the time [h] before which there is no drug (the first dose time plus the lag)
     * @param breakpoints ascending times [h] where the concentration's slope jumps (doses plus lag)
     * @param times non-decreasing, finite output times [h]
     * @return the response at each output time; times before startTime give the baseline
     * @throws IllegalArgumentException when times are not finite or decrease
     */
    public static double[] solve(final PdModel model, final DoubleUnaryOperator freeMolar, final double startTime,
        final double[] breakpoints, final double[] times) {
        checkTimes(times);
        if (model instanceof DirectEffect direct) {
            return direct(direct, freeMolar, times);
        }
        StatefulPdIntegration ode = new StatefulPdIntegration(model, freeMolar);
        int first = 0;
        while (first < times.length && times[first] <= startTime) {
            first++;
        }
        double[] before = new double[first];
        java.util.Arrays.fill(before, ode.effectOf(ode.initialState()));
        double[] later = java.util.Arrays.copyOfRange(times, first, times.length);
        double[] after = fromState(ode, startTime, ode.initialState(), breakpoints, later);
        double[] out = java.util.Arrays.copyOf(before, times.length);
        System.arraycopy(after, 0, out, first, after.length);
        return out;
    }

    /** The direct model at each time. */
    static double[] direct(final DirectEffect model, final DoubleUnaryOperator freeMolar, final double[] times) {
        double[] out = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            out[i] = model.effectAt(freeMolar.applyAsDouble(times[i]));
        }
        return out;
    }

    /** The stateful model's response at each time, integrating from a known scaled state. */
    static double[] fromState(final StatefulPdIntegration ode, final double t0, final double state0,
        final double[] breakpoints, final double[] times) {
        double[] states = ode.integrate(t0, state0, breakpoints, times);
        double[] out = new double[states.length];
        for (int i = 0; i < states.length; i++) {
            out[i] = ode.effectOf(states[i]);
        }
        return out;
    }

    /**
     * @param times output times
     * @throws IllegalArgumentException when a time is not finite or a time is smaller than the one before
     */
    static void checkTimes(final double[] times) {
        if (times == null) {
            throw new IllegalArgumentException("times are required");
        }
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i])) {
                throw new IllegalArgumentException("time [h] #" + (i + 1) + " is not finite: " + times[i]);
            }
            if (i > 0 && times[i] < times[i - 1]) {
                throw new IllegalArgumentException("times [h] must be in ascending order; #" + (i + 1) + " ("
                    + times[i] + ") is before #" + i + " (" + times[i - 1] + ")");
            }
        }
    }
}
