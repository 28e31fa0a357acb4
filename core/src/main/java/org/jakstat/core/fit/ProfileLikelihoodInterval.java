package org.jakstat.core.fit;

/**
 * Profile-likelihood confidence interval of one parameter (Bates & Watts 1988, section 6.1; Venzon & Moolgavkar
 * 1988; GraphPad Prism's "profile likelihood" intervals use the same criterion): the set of values v for which
 * the RSS minimised with the parameter fixed at v stays below
 * {@code RSS* = RSSmin (1 + F(level; 1, N-K) / (N-K))}. Each limit is bracketed by stepping outward from the
 * estimate (steps of one SE, doubling) and refined by bisection on the profile RSS. A limit that is not reached
 * within {@code searchLimit} of the estimate is reported as infinite ({@link #lowerBounded()} false), which is
 * what "ambiguous" means for that parameter.
 *
 * @param lower          lower limit (-Infinity when unbounded)
 * @param upper          upper limit (+Infinity when unbounded)
 * @param lowerBounded   whether the lower limit was found
 * @param upperBounded   whether the upper limit was found
 */
public record ProfileLikelihoodInterval(double lower, double upper, boolean lowerBounded, boolean upperBounded) {

    private static final int BISECTIONS = 40;
    private static final int MAX_DOUBLINGS = 12;

    /**
     * @param solver      solver for the profile fits
     * @param problem     the original problem
     * @param solution    its converged solution
     * @param index       index of the profiled parameter (must be free)
     * @param level       confidence level, e.g. 0.95
     * @param stepSize    initial outward step, typically the asymptotic SE (any positive value works)
     * @param searchLimit largest distance from the estimate to search on each side
     * @return the interval; NaN limits when the problem has no residual degrees of freedom
     */
    public static ProfileLikelihoodInterval of(LevenbergMarquardtSolver solver, RegressionProblem problem,
                                               LeastSquaresSolution solution, int index, double level,
                                               double stepSize, double searchLimit) {
        int k = problem.constraints().freeCount();
        int df = problem.effectiveObservationCount() - k;
        if (df < 1 || problem.constraints().isFixed(index)) {
            return new ProfileLikelihoodInterval(Double.NaN, Double.NaN, false, false);
        }
        double threshold = solution.rss() * (1 + CriticalValues.fisherF(level, 1, df) / df);
        ParameterConstraints fixedHere = problem.constraints().withFixed(index);
        double h = Double.isFinite(stepSize) && stepSize > 0 ? stepSize
                : 1e-3 * Math.max(1, Math.abs(solution.parameters()[index]));
        double[] lo = limit(solver, problem.withConstraints(fixedHere), solution, index, threshold, -h, searchLimit);
        double[] hi = limit(solver, problem.withConstraints(fixedHere), solution, index, threshold, h, searchLimit);
        return new ProfileLikelihoodInterval(lo[0], hi[0], lo[1] > 0, hi[1] > 0);
    }

    /** @return {value, found?1:0} of the limit on the side of {@code step}'s sign */
    private static double[] limit(LevenbergMarquardtSolver solver, RegressionProblem fixedProblem,
                                  LeastSquaresSolution solution, int index, double threshold, double step,
                                  double searchLimit) {
        double estimate = solution.parameters()[index];
        double lowerBound = fixedProblem.constraints().lowerBound(index);
        double upperBound = fixedProblem.constraints().upperBound(index);
        double inside = estimate;
        double[] warm = solution.parameters();
        double d = step;
        for (int i = 0; i <= MAX_DOUBLINGS && Math.abs(d) <= searchLimit * 2; i++) {
            double v = Math.min(upperBound, Math.max(lowerBound, estimate + d));
            double[] s = profile(solver, fixedProblem, warm, index, v);
            if (s[s.length - 1] > threshold) {
                return new double[] {bisect(solver, fixedProblem, warm, index, inside, v, threshold), 1};
            }
            inside = v;
            warm = s;
            if (v == lowerBound || v == upperBound || Math.abs(d) >= searchLimit) {
                break;
            }
            d = Math.signum(d) * Math.min(searchLimit, 2 * Math.abs(d));
        }
        return new double[] {step < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, 0};
    }

    private static double bisect(LevenbergMarquardtSolver solver, RegressionProblem fixedProblem, double[] warm,
                                 int index, double inside, double outside, double threshold) {
        double a = inside;
        double b = outside;
        for (int i = 0; i < BISECTIONS; i++) {
            double m = 0.5 * (a + b);
            double[] s = profile(solver, fixedProblem, warm, index, m);
            if (s[s.length - 1] > threshold) {
                b = m;
            } else {
                a = m;
            }
        }
        return 0.5 * (a + b);
    }

    /** @return the profile solution's parameters with its RSS appended */
    private static double[] profile(LevenbergMarquardtSolver solver, RegressionProblem fixedProblem,
                                    double[] warm, int index, double value) {
        double[] start = java.util.Arrays.copyOf(warm, fixedProblem.start().length);
        start[index] = value;
        LeastSquaresSolution s = solver.solve(fixedProblem.withStart(start));
        double[] out = java.util.Arrays.copyOf(s.parameters(), start.length + 1);
        out[start.length] = Double.isFinite(s.rss()) ? s.rss() : Double.POSITIVE_INFINITY;
        return out;
    }
}
