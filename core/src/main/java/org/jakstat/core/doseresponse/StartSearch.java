package org.jakstat.core.doseresponse;

import java.util.List;
import org.jakstat.core.fit.LeastSquaresSolution;
import org.jakstat.core.fit.LevenbergMarquardtSolver;
import org.jakstat.core.fit.ParameterConstraints;
import org.jakstat.core.fit.ParameterInference;
import org.jakstat.core.fit.RegressionProblem;
import org.jakstat.core.fit.SolverOptions;

/**
 * Solves one prepared curve: the 4PL through the allocation-free {@link FourParameterLogisticSolver}, the 5PL
 * through the general {@link LevenbergMarquardtSolver}; from the self-start first and, when that fails, lands
 * on a bound or gives |HillSlope| above 20, from the starts of {@link StartingEstimates#alternatives} (the first
 * two when the first fit only landed on a bound, all twenty when it failed), keeping the lowest RSS (ties keep
 * the earlier start, so results are deterministic).
 */
final class StartSearch {

    private static final double RUNAWAY_HILL = 20;
    /**
     * Starts tried when the first fit converged but on a bound (typically a partial curve on an automatic
     * limit): LogIC50 at the middle and at the low end of the tested range. A failed first fit tries all twenty.
     */
    private static final int BOUND_CHECK_STARTS = 2;
    /**
     * Iteration budget of each alternative start of the 4PL: a check. One that ends below the best RSS without
     * having converged is continued to convergence.
     */
    private static final int ALTERNATIVE_BUDGET = 20;
    static final LevenbergMarquardtSolver GENERAL_SOLVER = new LevenbergMarquardtSolver(SolverOptions.defaults()
            .withMaxIterations(500));

    private StartSearch() {
    }

    /** @return the best solution and how many starts were tried, as {solution, starts} */
    static Outcome solve(PreparedCurve c, double[] weights, DoseResponseSettings s, FitWorkspace ws) {
        double[] primary = StartingEstimates.primary(c, s);
        CurveSolution best = solveFrom(c, weights, s, ws, primary);
        if (!best.usable() && Double.isFinite(best.rss())) {
            // ran out of iterations or stalled: carry on from where it stopped before trying other starts
            CurveSolution more = solveFrom(c, weights, s, ws, best.parameters());
            best = better(more, best) ? more : best;
        }
        if (best.usable() && !best.atBound() && Math.abs(best.parameters()[3]) <= RUNAWAY_HILL) {
            return new Outcome(canonical(best, s), 1);
        }
        List<double[]> alternatives = StartingEstimates.alternatives(c, s, primary);
        if (best.usable() && Math.abs(best.parameters()[3]) <= RUNAWAY_HILL) {
            alternatives = alternatives.subList(0, BOUND_CHECK_STARTS);
        }
        for (double[] start : alternatives) {
            CurveSolution next = solveFrom(c, weights, s, ws, start, ALTERNATIVE_BUDGET);
            if (!next.usable() && Double.isFinite(next.rss()) && !(next.rss() >= best.rss())) {
                // a better basin that needs more iterations: finish it from where the check stopped
                next = solveFrom(c, weights, s, ws, next.parameters(), Integer.MAX_VALUE);
            }
            if (better(next, best)) {
                best = next;
            }
        }
        return new Outcome(canonical(best, s), 1 + alternatives.size());
    }

    /**
     * The 4PL is symmetric: (Bottom, Top, LogIC50, HillSlope) and (Top, Bottom, LogIC50, -HillSlope) are the same
     * curve. Report the form with Bottom &lt;= Top (Prism's; the sign of HillSlope gives the direction) when all
     * three are free; the covariance is permuted accordingly (swap rows/columns 0 and 1, negate row/column 3).
     */
    private static CurveSolution canonical(CurveSolution sol, DoseResponseSettings s) {
        double[] p = sol.parameters();
        boolean free = !s.isFixed(CurveParameter.BOTTOM) && !s.isFixed(CurveParameter.TOP)
                && !s.isFixed(CurveParameter.HILL_SLOPE);
        if (s.model() != CurveModel.FOUR_PL || !free || !(p[0] > p[1])) {
            return sol;
        }
        int[] perm = {1, 0, 2, 3};
        double[] sign = {1, 1, 1, -1};
        double[] q = {p[1], p[0], p[2], -p[3]};
        double[][] c = sol.covariance();
        double[][] cq = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                cq[i][j] = sign[i] * sign[j] * c[perm[i]][perm[j]];
            }
        }
        return new CurveSolution(q, sol.rss(), sol.iterations(), sol.status(), sol.atBound(), cq,
                sol.degreesOfFreedom());
    }

    /** The chosen solution and the number of starts tried. */
    record Outcome(CurveSolution solution, int starts) {
    }

    private static boolean better(CurveSolution a, CurveSolution b) {
        if (a.usable() != b.usable()) {
            return a.usable();
        }
        if (a.usable() && a.atBound() != b.atBound() && Math.abs(a.rss() - b.rss()) <= 1e-9 * b.rss()) {
            return !a.atBound();
        }
        return a.rss() < b.rss();
    }

    static CurveSolution solveFrom(PreparedCurve c, double[] weights, DoseResponseSettings s, FitWorkspace ws,
                                   double[] start) {
        return solveFrom(c, weights, s, ws, start, Integer.MAX_VALUE);
    }

    private static CurveSolution solveFrom(PreparedCurve c, double[] weights, DoseResponseSettings s,
                                           FitWorkspace ws, double[] start, int budget) {
        return s.model() == CurveModel.FOUR_PL ? fast(c, weights, s, ws, start, budget)
                : general(c, weights, s, start);
    }

    private static CurveSolution fast(PreparedCurve c, double[] weights, DoseResponseSettings s, FitWorkspace ws,
                                      double[] start, int budget) {
        List<CurveParameter> params = CurveModel.FOUR_PL.parameters();
        boolean atBound = false;
        for (int j = 0; j < 4; j++) {
            CurveParameter cp = params.get(j);
            ws.fixed[j] = s.isFixed(cp);
            ws.lower[j] = c.lower[j];
            ws.upper[j] = c.upper[j];
        }
        FourParameterLogisticSolver solver = ws.solver;
        var status = solver.solve(c.x, c.y, weights, c.size(), start, ws.fixed, ws.lower, ws.upper, budget);
        double[] p = new double[4];
        for (int j = 0; j < 4; j++) {
            p[j] = solver.parameter(j);
            atBound |= !ws.fixed[j] && (p[j] == ws.lower[j] || p[j] == ws.upper[j]);
        }
        solver.covariance(ws.covariance);
        double[][] cov = new double[4][4];
        for (int i = 0; i < 4; i++) {
            System.arraycopy(ws.covariance, 4 * i, cov[i], 0, 4);
        }
        int df = solver.observations() - s.freeParameterCount();
        return new CurveSolution(p, solver.rss(), solver.iterations(), status, atBound, cov, df);
    }

    private static CurveSolution general(PreparedCurve c, double[] weights, DoseResponseSettings s, double[] start) {
        RegressionProblem problem = problem(c, weights, s, start);
        LeastSquaresSolution sol = GENERAL_SOLVER.solve(problem);
        ParameterInference inf = ParameterInference.at(problem, sol.parameters(), s.confidenceLevel());
        return new CurveSolution(sol.parameters(), sol.rss(), sol.iterations(), sol.status(), sol.anyAtBound(),
                inf.covariance(), inf.degreesOfFreedom());
    }

    /** @return the general least-squares problem of this curve (used by 5PL, ROUT and profile likelihood) */
    static RegressionProblem problem(PreparedCurve c, double[] weights, DoseResponseSettings s, double[] start) {
        List<CurveParameter> params = s.model().parameters();
        int np = params.size();
        boolean[] fixed = new boolean[np];
        double[] lo = new double[np];
        double[] hi = new double[np];
        for (int j = 0; j < np; j++) {
            fixed[j] = s.isFixed(params.get(j));
            lo[j] = c.lower[j];
            hi[j] = c.upper[j];
        }
        return new RegressionProblem(new LogisticCurve(s.model()), c.x, c.y, weights, start,
                new ParameterConstraints(fixed, lo, hi));
    }
}
