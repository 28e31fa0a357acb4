package org.jakstat.core.pkpd;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Steady-state summaries over one dosing interval: exposure from the closed-form steady-state concentration
 * ({@link PkModel#steadyStateConcentration}), and PD metrics on the periodic steady state. For the effect
 * compartment and indirect responses the periodic state x* is found exactly as the fixed point of the
 * one-interval map P (one ODE integration over tau): P(x) - x changes sign between the states in equilibrium
 * with the lowest and the highest concentration of the interval (comparison principle for a scalar ODE), so
 * Brent's method solves it without simulating hundreds of doses.
 *
 * <p>Evaluation grid: {@value #GRID_POINTS} intervals per tau, split at the lag so that the kink is a node;
 * averages use composite Simpson on that grid; Cmax/Cmin are refined by Brent's optimiser between grid nodes;
 * threshold crossings by Brent's root finder.
 */
public final class SteadyStateCalculator {

    /** Grid intervals per dosing interval. */
    static final int GRID_POINTS = 2400;

    private SteadyStateCalculator() {
    }

    /**
     * @param pk the PK model
     * @param doseMg dose per interval [mg]
     * @param intervalHours tau [h]
     * @return steady-state Cmax, Tmax, Cmin, Cavg, AUCtau (total, mg/L)
     */
    public static SteadyStateExposure exposure(final PkModel pk, final double doseMg, final double intervalHours) {
        ParameterChecks.positive("dose [mg]", doseMg);
        ParameterChecks.positive("dosing interval [h]", intervalHours);
        DoubleUnaryOperator c = s -> pk.steadyStateConcentration(doseMg, intervalHours, s);
        double[] grid = grid(intervalHours, pk.lagTime() % intervalHours);
        double[] values = new double[grid.length];
        int iMax = 0;
        int iMin = 0;
        for (int i = 0; i < grid.length; i++) {
            values[i] = c.applyAsDouble(grid[i]);
            iMax = values[i] > values[iMax] ? i : iMax;
            iMin = values[i] < values[iMin] ? i : iMin;
        }
        double tmax = refine(c, grid, iMax, GoalType.MAXIMIZE);
        double tmin = refine(c, grid, iMin, GoalType.MINIMIZE);
        double auc = pk.areaUnderCurve(doseMg);
        return new SteadyStateExposure(doseMg, intervalHours, c.applyAsDouble(tmax), tmax, c.applyAsDouble(tmin),
            tmin, auc / intervalHours, auc, pk.accumulationRatio(intervalHours));
    }

    /**
     * Time in one steady-state interval with free concentration at or above a threshold.
     *
     * @param scenario PK, regimen (dose and tau are used), binding and molar mass
     * @param thresholdMolar threshold on the free concentration [M], e.g. an IC50
     * @return time above [h], between 0 and tau
     */
    public static double timeAboveThreshold(final PkPdScenario scenario, final double thresholdMolar) {
        ParameterChecks.positive("threshold [M]", thresholdMolar);
        double tau = scenario.regimen().intervalHours();
        DoubleUnaryOperator excess = s -> steadyStateFreeMolar(scenario, s) - thresholdMolar;
        double[] grid = grid(tau, scenario.pk().lagTime() % tau);
        BrentSolver solver = new BrentSolver(1e-13, 1e-12);
        double above = 0;
        for (int i = 1; i < grid.length; i++) {
            double a = excess.applyAsDouble(grid[i - 1]);
            double b = excess.applyAsDouble(grid[i]);
            if (a >= 0 && b >= 0) {
                above += grid[i] - grid[i - 1];
            } else if (a >= 0 != b >= 0) {
                double root = solver.solve(200, excess::applyAsDouble, grid[i - 1], grid[i]);
                above += a >= 0 ? root - grid[i - 1] : grid[i] - root;
            }
        }
        return above;
    }

    /**
     * PD metrics over one steady-state interval: time above the threshold, average and maximal % inhibition
     * {@code 100 (1 - E/E0)} and its time.
     *
     * @param scenario a scenario with a PD model whose baseline is not 0
     * @param thresholdMolar threshold on the free concentration [M]
     * @return the metrics
     * @throws IllegalArgumentException without a PD model, with a zero baseline (no relative scale), or when an
     *         indirect response has no periodic steady state (model II with loss fully inhibited)
     */
    public static IntervalEffectMetrics effectOverInterval(final PkPdScenario scenario,
        final double thresholdMolar) {
        PdModel pd = scenario.pd().orElseThrow(
            () -> new IllegalArgumentException("interval effect metrics need a PD model in the scenario"));
        if (pd.baseline() == 0.0) {
            throw new IllegalArgumentException("% inhibition needs a PD baseline other than 0");
        }
        double tau = scenario.regimen().intervalHours();
        double lag = scenario.pk().lagTime() % tau;
        double[] grid = grid(tau, lag);
        double[] effect = steadyStateEffect(scenario, pd, grid, lag);
        double[] inhibition = new double[grid.length];
        int best = 0;
        for (int i = 0; i < grid.length; i++) {
            inhibition[i] = 100.0 * (1.0 - effect[i] / pd.baseline());
            best = inhibition[i] > inhibition[best] ? i : best;
        }
        double average = simpson(grid, inhibition, lag) / tau;
        return new IntervalEffectMetrics(thresholdMolar, timeAboveThreshold(scenario, thresholdMolar), average,
            inhibition[best], grid[best]);
    }

    private static double steadyStateFreeMolar(final PkPdScenario scenario, final double timeSinceDose) {
        DosingRegimen r = scenario.regimen();
        double total = scenario.pk().steadyStateConcentration(r.doseMg(), r.intervalHours(), timeSinceDose);
        return scenario.molarMass().toMolar(scenario.fractionUnbound() * total);
    }

    private static double[] steadyStateEffect(final PkPdScenario scenario, final PdModel pd, final double[] grid,
        final double lag) {
        DoubleUnaryOperator free = s -> steadyStateFreeMolar(scenario, s);
        if (pd instanceof DirectEffect direct) {
            return EffectTimeCourseSolver.direct(direct, free, grid);
        }
        StatefulPdIntegration ode = new StatefulPdIntegration(pd, free);
        double[] kink = lag > 0 ? new double[] {lag} : new double[0];
        double periodic = periodicState(ode, pd, free, grid, kink);
        return EffectTimeCourseSolver.fromState(ode, 0.0, periodic, kink, grid);
    }

    private static double periodicState(final StatefulPdIntegration ode, final PdModel pd,
        final DoubleUnaryOperator free, final double[] grid, final double[] kink) {
        double tau = grid[grid.length - 1];
        double lowC = Double.POSITIVE_INFINITY;
        double highC = 0;
        for (double t : grid) {
            double c = free.applyAsDouble(t);
            lowC = Math.min(lowC, c);
            highC = Math.max(highC, c);
        }
        double a = equilibriumState(ode, pd, lowC);
        double b = equilibriumState(ode, pd, highC);
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        DoubleUnaryOperator gap = x -> ode.integrate(0.0, x, kink, new double[] {tau})[0] - x;
        if (!Double.isFinite(hi)) {
            // Model II with complete inhibition of loss: R grows without bound while the drug is present.
            throw new IllegalArgumentException("the response has no periodic steady state: at the interval's "
                + "highest concentration the loss of the response is fully inhibited (Imax = 1)");
        }
        if (!(hi > lo)) {
            return lo;
        }
        double gLo = gap.applyAsDouble(lo);
        double gHi = gap.applyAsDouble(hi);
        if (gLo <= 0 || gHi >= 0) {
            // At the integrator tolerance an end of the bracket is itself the periodic state.
            return Math.abs(gLo) <= Math.abs(gHi) ? lo : hi;
        }
        double tolerance = 1e-12 * Math.max(1.0, Math.abs(hi));
        return new BrentSolver(tolerance, tolerance).solve(200, gap::applyAsDouble, lo, hi);
    }

    private static double equilibriumState(final StatefulPdIntegration ode, final PdModel pd,
        final double freeMolar) {
        if (pd instanceof EffectCompartment) {
            return freeMolar / ode.unscaled(1.0);
        }
        IndirectResponse r = (IndirectResponse) pd;
        double f = r.drug().valueAt(freeMolar);
        return switch (r.type()) {
            case INHIBIT_PRODUCTION -> 1.0 - f;
            case INHIBIT_LOSS -> 1.0 / (1.0 - f);
            case STIMULATE_PRODUCTION -> 1.0 + f;
            case STIMULATE_LOSS -> 1.0 / (1.0 + f);
        };
    }

    private static double refine(final DoubleUnaryOperator f, final double[] grid, final int i,
        final GoalType goal) {
        double lo = grid[Math.max(0, i - 1)];
        double hi = grid[Math.min(grid.length - 1, i + 1)];
        if (!(hi > lo)) {
            return grid[i];
        }
        double best = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(500),
            new UnivariateObjectiveFunction(f::applyAsDouble), goal, new SearchInterval(lo, hi, grid[i]))
            .getPoint();
        double fBest = f.applyAsDouble(best);
        double fGrid = f.applyAsDouble(grid[i]);
        boolean better = goal == GoalType.MAXIMIZE ? fBest >= fGrid : fBest <= fGrid;
        return better ? best : grid[i];
    }

    /** Even grid over [0, tau] with the lag (mod tau) as a node and an even number of cells on each side. */
    static double[] grid(final double tau, final double lag) {
        if (lag <= 0 || lag >= tau) {
            return evenCells(0.0, tau, GRID_POINTS);
        }
        int left = Math.max(2, 2 * (int) Math.round(GRID_POINTS * lag / tau / 2));
        int right = Math.max(2, GRID_POINTS - left + (GRID_POINTS - left) % 2);
        double[] a = evenCells(0.0, lag, left);
        double[] b = evenCells(lag, tau, right);
        double[] g = new double[a.length + b.length - 1];
        System.arraycopy(a, 0, g, 0, a.length);
        System.arraycopy(b, 1, g, a.length, b.length - 1);
        return g;
    }

    private static double[] evenCells(final double from, final double to, final int cells) {
        double[] g = new double[cells + 1];
        for (int i = 0; i <= cells; i++) {
            g[i] = from + (to - from) * i / cells;
        }
        g[cells] = to;
        return g;
    }

    /** Composite Simpson over a grid made by {@link #grid}: even cells on each side of the lag node. */
    static double simpson(final double[] grid, final double[] y, final double lag) {
        int split = 0;
        if (lag > 0) {
            while (grid[split] < lag) {
                split++;
            }
        }
        return simpsonPart(grid, y, 0, split) + simpsonPart(grid, y, split, grid.length - 1);
    }

    private static double simpsonPart(final double[] x, final double[] y, final int from, final int to) {
        double sum = 0;
        for (int i = from; i + 2 <= to; i += 2) {
            double h = (x[i + 2] - x[i]) / 2;
            sum += h / 3 * (y[i] + 4 * y[i + 1] + y[i + 2]);
        }
        return sum;
    }
}
