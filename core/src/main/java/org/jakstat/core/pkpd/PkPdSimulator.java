package org.jakstat.core.pkpd;

import org.jakstat.core.potency.ConcentrationUnit;

/**
 * Entry point for "simulate on a time grid": total and free concentration from the closed-form PK model and
 * the response from the PD model driven by the free molar concentration.
 *
 * <p>A KNIME node or the CLI builds a {@link PkPdScenario} from its settings and calls
 * {@link #simulate(PkPdScenario, double[])} once; steady-state summaries come from
 * {@link SteadyStateCalculator}.
 */
public final class PkPdSimulator {

    private PkPdSimulator() {
    }

    /**
     * @param scenario model, doses, binding, molar mass and optional PD
     * @param timesHours non-decreasing finite times [h] after the first dose; negative times are pre-dose
     * @return the time courses
     * @throws IllegalArgumentException when times are not finite or not in ascending order
     */
    public static SimulatedTimeCourse simulate(final PkPdScenario scenario, final double[] timesHours) {
        EffectTimeCourseSolver.checkTimes(timesHours);
        int n = timesHours.length;
        double[] total = new double[n];
        double[] free = new double[n];
        double[] nanomolar = new double[n];
        for (int i = 0; i < n; i++) {
            total[i] = scenario.totalConcentration(timesHours[i]);
            free[i] = scenario.fractionUnbound() * total[i];
            nanomolar[i] = scenario.molarMass().convert(free[i], ConcentrationUnit.NM);
        }
        if (scenario.pd().isEmpty()) {
            return new SimulatedTimeCourse(timesHours, total, free, nanomolar, null, Double.NaN);
        }
        PdModel pd = scenario.pd().get();
        double[] breakpoints = scenario.breakpoints();
        double[] effect =
            EffectTimeCourseSolver.solve(pd, scenario::freeMolar, breakpoints[0], breakpoints, timesHours);
        return new SimulatedTimeCourse(timesHours, total, free, nanomolar, effect, pd.baseline());
    }

    /**
     * An evenly spaced grid, convenient for nodes: {@code from, from + step, ...} up to and including {@code to}
     * (within 1e-9 step).
     *
     * @param from first time [h]
     * @param to last time [h], &gt;= from
     * @param step spacing [h], &gt; 0
     * @return the grid
     */
    public static double[] evenGrid(final double from, final double to, final double step) {
        ParameterChecks.positive("grid step [h]", step);
        if (!Double.isFinite(from) || !Double.isFinite(to) || to < from) {
            throw new IllegalArgumentException("grid needs finite from <= to, got " + from + " .. " + to);
        }
        long count = (long) Math.floor((to - from) / step + 1e-9) + 1;
        if (count > 10_000_000L) {
            throw new IllegalArgumentException("grid of " + count + " points is too large; use a larger step");
        }
        double[] t = new double[(int) count];
        for (int i = 0; i < t.length; i++) {
            t[i] = from + i * step;
        }
        return t;
    }
}
