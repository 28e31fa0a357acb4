package org.jakstat.core.doseresponse;

import org.jakstat.core.fit.ConvergenceStatus;

/**
 * Allocation-free Levenberg-Marquardt for the 4PL {@code Y = B + (T-B)/(1+10^((L-X)H))} (parameters in the
 * order Bottom, Top, LogIC50, HillSlope), specialised for speed: the analytic Jacobian is accumulated straight
 * into the 4x4 normal equations {@code (J'WJ + lambda diag(J'WJ)) d = J'W r} (Marquardt 1963, SIAM J. Appl.
 * Math. 11:431), which are solved by an inline Cholesky factorisation; {@code 10^z} is computed as
 * {@code exp(z ln 10)}; one exponential per distinct concentration and iteration (consecutive replicates with the
 * same X share it). Fixed parameters are identity rows, bounds are
 * enforced by projection. Control points (X = -Infinity) contribute to the zero-dose plateau only.
 *
 * <p>This is the fast path of {@link DoseResponseFitter}; {@code FourParameterLogisticSolverTest} checks it
 * against Commons Math's {@code LevenbergMarquardtOptimizer} and the general
 * {@link org.jakstat.core.fit.LevenbergMarquardtSolver}; {@code core/BENCHMARKS.md} shows what it gains.
 * <b>Not thread-safe:</b> one instance per thread (it is part of a {@link FitWorkspace}).
 */
public final class FourParameterLogisticSolver {

    private static final double LN10 = Math.log(10);
    private static final double STEP_TOLERANCE = 1e-10;
    private static final double COST_TOLERANCE = 1e-14;
    /**
     * Converged when an accepted step lowers the RSS by less than this times {@code s^2 = RSS/(N-K)}: the step
     * then moves the estimate by about sqrt(1e-10) = 1e-5 standard errors, far below statistical meaning, and
     * partial curves stop crawling along their flat valleys. Zero-residual data (s^2 -&gt; 0) still converge fully.
     */
    private static final double STATISTICAL_TOLERANCE = 1e-10;
    private static final double LAMBDA_MAX = 1e16;
    private static final double GRADIENT_TOLERANCE = 1e-4;
    /** Accepted steps in one direction, each gaining less than {@link #RUNAWAY_GAIN}, before a bound jump. */
    private static final int RUNAWAY_STEPS = 4;
    private static final double RUNAWAY_GAIN = 1e-2;
    private static final int RUNAWAY_BUDGET = 40;

    private final int maxIterations;
    private final double[] p = new double[4];
    private final double[] trial = new double[4];
    /** Packed upper triangle of J'WJ: 00 01 02 03 11 12 13 22 23 33. */
    private final double[] a = new double[10];
    private final double[] g = new double[4];
    private final double[] ta = new double[10];
    private final double[] tg = new double[4];
    private final double[] m = new double[16];
    private final double[] d = new double[4];
    private final boolean[] fixed = new boolean[4];
    /** Fixed parameters plus those held on an active bound for the current step. */
    private final boolean[] held = new boolean[4];
    private final double[] lo = new double[4];
    private final double[] hi = new double[4];
    /** Per parameter: the displacement it is pinned to for this step (0 = held in place). */
    private final double[] shift = new double[4];
    /** Per parameter: consecutive accepted steps moving it towards the same finite bound (+/- for the side). */
    private final int[] streak = new int[4];
    private final double[] lastStep = new double[4];
    private final boolean[] jumpTried = new boolean[4];
    private final double[] backupP = new double[4];
    private final double[] backupA = new double[10];
    private final double[] backupG = new double[4];
    private double cost;
    private int iterations;
    private int observations;
    private ConvergenceStatus status = ConvergenceStatus.NUMERICAL_FAILURE;

    /** @param maxIterations iteration limit per solve, e.g. 200 */
    public FourParameterLogisticSolver(int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be positive");
        }
        this.maxIterations = maxIterations;
    }

    /**
     * Fits the 4PL to the first {@code n} points.
     *
     * @param x      log10 concentrations (-Infinity = control)
     * @param y      responses
     * @param w      weights (0 = ignored)
     * @param n      number of points to use
     * @param start  start values (fixed parameters keep theirs)
     * @param fixedMask which parameters are fixed
     * @param lower  lower bounds
     * @param upper  upper bounds
     * @return how the solve ended; results via {@link #parameter(int)}, {@link #rss()}, {@link #covariance}
     */
    public ConvergenceStatus solve(double[] x, double[] y, double[] w, int n, double[] start, boolean[] fixedMask,
                                   double[] lower, double[] upper) {
        return solve(x, y, w, n, start, fixedMask, lower, upper, maxIterations);
    }

    /**
     * As {@link #solve(double[], double[], double[], int, double[], boolean[], double[], double[])} with a
     * smaller iteration budget (used for the multi-start checks).
     *
     * @param budget iteration limit of this solve, at most the solver's limit
     * @return how the solve ended
     */
    public ConvergenceStatus solve(double[] x, double[] y, double[] w, int n, double[] start, boolean[] fixedMask,
                                   double[] lower, double[] upper, int budget) {
        observations = 0;
        for (int i = 0; i < n; i++) {
            observations += w[i] > 0 ? 1 : 0;
        }
        for (int j = 0; j < 4; j++) {
            fixed[j] = fixedMask[j];
            lo[j] = lower[j];
            hi[j] = upper[j];
            p[j] = fixed[j] ? start[j] : Math.min(upper[j], Math.max(lower[j], start[j]));
        }
        iterations = 0;
        java.util.Arrays.fill(jumpTried, false);
        cost = evaluate(p, x, y, w, n, a, g);
        if (!Double.isFinite(cost)) {
            return status = ConvergenceStatus.NUMERICAL_FAILURE;
        }
        return status = iterate(x, y, w, n, Math.min(budget, maxIterations), true);
    }

    /** The Levenberg-Marquardt loop from the current point; {@code jumps} allows runaway jumps (not nested). */
    private ConvergenceStatus iterate(double[] x, double[] y, double[] w, int n, int budget, boolean jumps) {
        int free = 0;
        for (boolean f : fixed) {
            free += f ? 0 : 1;
        }
        double dof = Math.max(1, observations - free);
        double lambda = 1e-2;
        java.util.Arrays.fill(streak, 0);
        java.util.Arrays.fill(lastStep, 0);
        for (int used = 0; used < budget; used++) {
            iterations++;
            if (cost == 0) {
                return ConvergenceStatus.CONVERGED;
            }
            if (!dampedStep(lambda, false)) {
                lambda *= 10;
                if (lambda > LAMBDA_MAX) {
                    return gradientIsSmall() ? ConvergenceStatus.CONVERGED : ConvergenceStatus.STALLED;
                }
                continue;
            }
            boolean clipped = project();
            double trialCost = evaluate(trial, x, y, w, n, ta, tg);
            if (!(trialCost < cost) && clipped && pinClippedAndResolve(lambda)) {
                project();
                trialCost = evaluate(trial, x, y, w, n, ta, tg);
            }
            double maxRelStep = 0;
            for (int j = 0; j < 4; j++) {
                maxRelStep = Math.max(maxRelStep, Math.abs(trial[j] - p[j]) / (Math.abs(p[j]) + 1e-3));
            }
            if (trialCost < cost) {
                double reduction = cost - trialCost;
                updateStreaks(reduction / cost);
                acceptTrial(trialCost);
                lambda = Math.max(lambda * 0.1, 1e-12);
                if (maxRelStep <= STEP_TOLERANCE || reduction <= COST_TOLERANCE * (cost + reduction)
                        || reduction <= STATISTICAL_TOLERANCE * cost / dof) {
                    return ConvergenceStatus.CONVERGED;
                }
                if (jumps && tryRunawayJump(x, y, w, n)) {
                    lambda = 1e-3;
                }
            } else {
                lambda *= 10;
                if (lambda > LAMBDA_MAX) {
                    return gradientIsSmall() ? ConvergenceStatus.CONVERGED : ConvergenceStatus.STALLED;
                }
            }
        }
        return ConvergenceStatus.MAX_ITERATIONS;
    }

    /**
     * Counts, per parameter, accepted steps that move it towards a finite bound with little RSS gain and without
     * shrinking (each at least half the previous one): a runaway, unlike ordinary convergence whose steps shrink
     * geometrically.
     */
    private void updateStreaks(double relativeReduction) {
        for (int j = 0; j < 4; j++) {
            double step = trial[j] - p[j];
            int dir = step > 0 ? 1 : (step < 0 ? -1 : 0);
            double bound = dir > 0 ? hi[j] : lo[j];
            boolean creeping = dir != 0 && Double.isFinite(bound) && relativeReduction < RUNAWAY_GAIN
                    && Math.abs(step) >= 0.5 * Math.abs(lastStep[j]);
            streak[j] = creeping && Integer.signum(streak[j]) == dir ? streak[j] + dir : (creeping ? dir : 0);
            lastStep[j] = step;
        }
    }

    /**
     * A parameter whose least-squares value lies at infinity (HillSlope of a step-like curve, Bottom of a
     * partial curve) is approached by ever smaller steps. After {@link #RUNAWAY_STEPS} such steps, put the
     * creeping parameter with the fewest steps left to its bound (each parameter at most once per solve) on that
     * bound, re-solve the others there (at most {@link #RUNAWAY_BUDGET} iterations) and keep that point when its
     * RSS is lower; otherwise restore the previous point.
     *
     * @return true when the jump was kept
     */
    private boolean tryRunawayJump(double[] x, double[] y, double[] w, int n) {
        int j = -1;
        double fewestSteps = Double.POSITIVE_INFINITY;
        for (int m = 0; m < 4; m++) {
            if (fixed[m] || jumpTried[m] || Math.abs(streak[m]) < RUNAWAY_STEPS) {
                continue;
            }
            double steps = Math.abs((streak[m] > 0 ? hi[m] : lo[m]) - p[m]) / Math.abs(lastStep[m]);
            if (steps < fewestSteps) {
                fewestSteps = steps;
                j = m;
            }
        }
        if (j < 0) {
            return false;
        }
        jumpTried[j] = true;
        double bound = streak[j] > 0 ? hi[j] : lo[j];
        System.arraycopy(p, 0, backupP, 0, 4);
        System.arraycopy(a, 0, backupA, 0, 10);
        System.arraycopy(g, 0, backupG, 0, 4);
        double backupCost = cost;
        p[j] = bound;
        fixed[j] = true;
        cost = evaluate(p, x, y, w, n, a, g);
        ConvergenceStatus inner = Double.isFinite(cost) ? iterate(x, y, w, n, RUNAWAY_BUDGET, false)
                : ConvergenceStatus.NUMERICAL_FAILURE;
        fixed[j] = false;
        if (inner.isConverged() && cost < backupCost) {
            return true;
        }
        System.arraycopy(backupP, 0, p, 0, 4);
        System.arraycopy(backupA, 0, a, 0, 10);
        System.arraycopy(backupG, 0, g, 0, 4);
        cost = backupCost;
        java.util.Arrays.fill(streak, 0);
        return false;
    }

    /** Sets {@link #trial} = p + d projected onto the box; @return whether a free parameter was clipped */
    private boolean project() {
        boolean clipped = false;
        for (int j = 0; j < 4; j++) {
            double t = p[j] + d[j];
            trial[j] = fixed[j] ? p[j] : Math.min(hi[j], Math.max(lo[j], t));
            clipped |= !fixed[j] && trial[j] != t;
        }
        return clipped;
    }

    /**
     * Second chance for a step that left the box and failed: pin every clipped parameter on its bound and
     * solve the damped system for the others given that displacement ({@code A_ff d_f = g_f - A_fc d_c}), so
     * the free parameters adjust to the bound instead of the solver shrinking its steps along the boundary.
     */
    private boolean pinClippedAndResolve(double lambda) {
        for (int j = 0; j < 4; j++) {
            shift[j] = 0;
            if (!fixed[j] && trial[j] != p[j] + d[j]) {
                shift[j] = trial[j] - p[j];
            }
        }
        return dampedStep(lambda, true);
    }

    private void acceptTrial(double trialCost) {
        System.arraycopy(trial, 0, p, 0, 4);
        System.arraycopy(ta, 0, a, 0, 10);
        System.arraycopy(tg, 0, g, 0, 4);
        cost = trialCost;
    }

    /**
     * Weighted RSS at {@code q}, accumulating J'WJ into {@code aa} and J'W r into {@code gg}.
     *
     * @return the RSS, NaN/infinite when the model overflowed
     */
    private static double evaluate(double[] q, double[] x, double[] y, double[] w, int n, double[] aa, double[] gg) {
        double b = q[0];
        double span = q[1] - q[0];
        double l = q[2];
        double h = q[3];
        double a00 = 0, a01 = 0, a02 = 0, a03 = 0, a11 = 0, a12 = 0, a13 = 0, a22 = 0, a23 = 0, a33 = 0;
        double g0 = 0, g1 = 0, g2 = 0, g3 = 0;
        double c = 0;
        double lastX = Double.NaN;
        double f = 0;
        double d2 = 0;
        double d3 = 0;
        for (int i = 0; i < n; i++) {
            double wi = w[i];
            if (wi == 0) {
                continue;
            }
            double xi = x[i];
            if (xi != lastX) {
                // replicates share X: the logistic term and its derivatives are computed once per run of equal X
                lastX = xi;
                if (xi == Double.NEGATIVE_INFINITY) {
                    f = h < 0 ? 1 : (h > 0 ? 0 : 0.5);
                    d2 = 0;
                    d3 = 0;
                } else {
                    double lx = l - xi;
                    f = 1 / (1 + Math.exp(LN10 * lx * h));
                    double dz = -span * LN10 * f * (1 - f);
                    d2 = dz * h;
                    d3 = dz * lx;
                }
            }
            double d1 = f;
            double d0 = 1 - f;
            double r = y[i] - (b + span * f);
            double wr = wi * r;
            c += wr * r;
            g0 += wr * d0;
            g1 += wr * d1;
            g2 += wr * d2;
            g3 += wr * d3;
            double w0 = wi * d0;
            double w1 = wi * d1;
            double w2 = wi * d2;
            a00 += w0 * d0;
            a01 += w0 * d1;
            a02 += w0 * d2;
            a03 += w0 * d3;
            a11 += w1 * d1;
            a12 += w1 * d2;
            a13 += w1 * d3;
            a22 += w2 * d2;
            a23 += w2 * d3;
            a33 += wi * d3 * d3;
        }
        aa[0] = a00;
        aa[1] = a01;
        aa[2] = a02;
        aa[3] = a03;
        aa[4] = a11;
        aa[5] = a12;
        aa[6] = a13;
        aa[7] = a22;
        aa[8] = a23;
        aa[9] = a33;
        gg[0] = g0;
        gg[1] = g1;
        gg[2] = g2;
        gg[3] = g3;
        return c;
    }

    /**
     * Solves (A + lambda diag A) d = g for the free parameters into {@link #d}; false when not positive. A
     * parameter on a bound whose descent direction ({@code g_j}) points out of the box is held for this step
     * (a simple active set), so the other parameters can converge instead of being dragged by projection.
     */
    private boolean dampedStep(double lambda, boolean pinned) {
        for (int j = 0; j < 4; j++) {
            if (!pinned) {
                shift[j] = 0;
            }
            held[j] = fixed[j] || shift[j] != 0 || (p[j] >= hi[j] && g[j] > 0) || (p[j] <= lo[j] && g[j] < 0);
        }
        return NormalEquations4.solveDamped(a, g, shift, held, lambda, d);
    }

    private boolean gradientIsSmall() {
        for (int j = 0; j < 4; j++) {
            double ajj = a[j == 0 ? 0 : j == 1 ? 4 : j == 2 ? 7 : 9];
            if (!held[j] && ajj > 0 && Math.abs(g[j]) > GRADIENT_TOLERANCE * Math.sqrt(ajj * cost)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Asymptotic covariance {@code s^2 (J'WJ)^-1} at the solution, {@code s^2 = RSS/(N-K)}, row-major 4x4 with
     * zero rows/columns for fixed parameters.
     *
     * @param out receives 16 entries; all NaN when J'WJ is singular or N - K &lt; 1
     * @return false when the covariance is undefined
     */
    public boolean covariance(double[] out) {
        int k = 0;
        for (boolean f : fixed) {
            k += f ? 0 : 1;
        }
        int df = observations - k;
        NormalEquations4.unpack(a, m);
        NormalEquations4.maskHeld(m, fixed);
        if (df < 1 || !NormalEquations4.choleskyFactor(m, 1e-13)) {
            java.util.Arrays.fill(out, 0, 16, Double.NaN);
            return false;
        }
        double s2 = cost / df;
        for (int col = 0; col < 4; col++) {
            for (int i = 0; i < 4; i++) {
                d[i] = i == col ? 1 : 0;
            }
            NormalEquations4.solveFactored(m, d);
            for (int i = 0; i < 4; i++) {
                out[4 * i + col] = fixed[i] || fixed[col] ? 0 : s2 * d[i];
            }
        }
        return true;
    }

    /** @param j parameter index (Bottom, Top, LogIC50, HillSlope) @return its value after the last solve */
    public double parameter(int j) {
        return p[j];
    }

    /** @return weighted RSS after the last solve */
    public double rss() {
        return cost;
    }

    /** @return iterations of the last solve */
    public int iterations() {
        return iterations;
    }

    /** @return status of the last solve */
    public ConvergenceStatus status() {
        return status;
    }

    /** @return number of points with positive weight in the last solve */
    public int observations() {
        return observations;
    }
}
