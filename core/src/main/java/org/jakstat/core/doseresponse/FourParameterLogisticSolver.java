package org.jakstat.core.doseresponse;

import org.jakstat.core.fit.ConvergenceStatus;

/**
 * Allocation-free Levenberg-Marquardt for the 4PL {@code Y = B + (T-B)/(1+10^((L-X)H))} (parameters in the
 * order Bottom, Top, LogIC50, HillSlope), specialised for speed: the analytic Jacobian is accumulated straight
 * into the 4x4 normal equations {@code (J'WJ + lambda diag(J'WJ)) d = J'W r} (Marquardt 1963, SIAM J. Appl.
 * Math. 11:431), which are solved by an inline Cholesky factorisation; {@code 10^z} is computed as
 * {@code exp(z ln 10)}; one exponential per point and iteration. Fixed parameters are identity rows, bounds are
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
    private static final double LAMBDA_MAX = 1e16;
    private static final double GRADIENT_TOLERANCE = 1e-6;

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
        observations = 0;
        for (int i = 0; i < n; i++) {
            observations += w[i] > 0 ? 1 : 0;
        }
        for (int j = 0; j < 4; j++) {
            fixed[j] = fixedMask[j];
            p[j] = fixed[j] ? start[j] : Math.min(upper[j], Math.max(lower[j], start[j]));
        }
        iterations = 0;
        cost = evaluate(p, x, y, w, n, a, g);
        if (!Double.isFinite(cost)) {
            return status = ConvergenceStatus.NUMERICAL_FAILURE;
        }
        double lambda = 1e-3;
        while (iterations < maxIterations) {
            iterations++;
            if (cost == 0) {
                return status = ConvergenceStatus.CONVERGED;
            }
            if (!dampedStep(lambda)) {
                lambda *= 10;
                if (lambda > LAMBDA_MAX) {
                    return status = ConvergenceStatus.STALLED;
                }
                continue;
            }
            double maxRelStep = 0;
            for (int j = 0; j < 4; j++) {
                trial[j] = fixed[j] ? p[j] : Math.min(upper[j], Math.max(lower[j], p[j] + d[j]));
                maxRelStep = Math.max(maxRelStep, Math.abs(trial[j] - p[j]) / (Math.abs(p[j]) + 1e-3));
            }
            double trialCost = evaluate(trial, x, y, w, n, ta, tg);
            if (trialCost < cost) {
                double reduction = cost - trialCost;
                acceptTrial(trialCost);
                lambda = Math.max(lambda * 0.1, 1e-12);
                if (maxRelStep <= STEP_TOLERANCE || reduction <= COST_TOLERANCE * (cost + reduction)) {
                    return status = ConvergenceStatus.CONVERGED;
                }
            } else {
                lambda *= 10;
                if (lambda > LAMBDA_MAX) {
                    return status = gradientIsSmall() ? ConvergenceStatus.CONVERGED : ConvergenceStatus.STALLED;
                }
            }
        }
        return status = ConvergenceStatus.MAX_ITERATIONS;
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
        for (int i = 0; i < n; i++) {
            double wi = w[i];
            if (wi == 0) {
                continue;
            }
            double xi = x[i];
            double f;
            double d2;
            double d3;
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

    /** Solves (A + lambda diag A) d = g for the free parameters into {@link #d}; false when not positive. */
    private boolean dampedStep(double lambda) {
        double maxDiag = Math.max(Math.max(a[0], a[4]), Math.max(a[7], a[9]));
        double floor = 1e-12 * maxDiag + Double.MIN_NORMAL;
        unpack(a, m);
        for (int j = 0; j < 4; j++) {
            m[5 * j] += lambda * Math.max(m[5 * j], floor);
            d[j] = fixed[j] ? 0 : g[j];
        }
        maskFixed(m);
        if (!choleskyFactor(m, 1e-14)) {
            return false;
        }
        solveFactored(m, d);
        return true;
    }

    private void maskFixed(double[] mat) {
        for (int j = 0; j < 4; j++) {
            if (fixed[j]) {
                for (int k = 0; k < 4; k++) {
                    mat[4 * j + k] = 0;
                    mat[4 * k + j] = 0;
                }
                mat[5 * j] = 1;
            }
        }
    }

    private static void unpack(double[] packed, double[] full) {
        full[0] = packed[0];
        full[1] = full[4] = packed[1];
        full[2] = full[8] = packed[2];
        full[3] = full[12] = packed[3];
        full[5] = packed[4];
        full[6] = full[9] = packed[5];
        full[7] = full[13] = packed[6];
        full[10] = packed[7];
        full[11] = full[14] = packed[8];
        full[15] = packed[9];
    }

    private boolean gradientIsSmall() {
        for (int j = 0; j < 4; j++) {
            double ajj = a[j == 0 ? 0 : j == 1 ? 4 : j == 2 ? 7 : 9];
            if (!fixed[j] && ajj > 0 && Math.abs(g[j]) > GRADIENT_TOLERANCE * Math.sqrt(ajj * cost)) {
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
        unpack(a, m);
        maskFixed(m);
        if (df < 1 || !choleskyFactor(m, 1e-13)) {
            java.util.Arrays.fill(out, 0, 16, Double.NaN);
            return false;
        }
        double s2 = cost / df;
        for (int col = 0; col < 4; col++) {
            for (int i = 0; i < 4; i++) {
                d[i] = i == col ? 1 : 0;
            }
            solveFactored(m, d);
            for (int i = 0; i < 4; i++) {
                out[4 * i + col] = fixed[i] || fixed[col] ? 0 : s2 * d[i];
            }
        }
        return true;
    }

    /** In-place Cholesky factor L (lower triangle) of the 4x4 row-major SPD {@code mat}; false when a pivot is
     * below {@code relativePivot} times the largest diagonal entry. */
    private static boolean choleskyFactor(double[] mat, double relativePivot) {
        double maxDiag = Math.max(Math.max(mat[0], mat[5]), Math.max(mat[10], mat[15]));
        for (int j = 0; j < 4; j++) {
            double s = mat[5 * j];
            for (int k = 0; k < j; k++) {
                s -= mat[4 * j + k] * mat[4 * j + k];
            }
            if (!(s > relativePivot * maxDiag)) {
                return false;
            }
            double ljj = Math.sqrt(s);
            mat[5 * j] = ljj;
            for (int i = j + 1; i < 4; i++) {
                double t = mat[4 * i + j];
                for (int k = 0; k < j; k++) {
                    t -= mat[4 * i + k] * mat[4 * j + k];
                }
                mat[4 * i + j] = t / ljj;
            }
        }
        return true;
    }

    /** Solves L L' v = rhs in place with the factor from {@link #choleskyFactor}. */
    private static void solveFactored(double[] l, double[] rhs) {
        for (int i = 0; i < 4; i++) {
            double t = rhs[i];
            for (int k = 0; k < i; k++) {
                t -= l[4 * i + k] * rhs[k];
            }
            rhs[i] = t / l[5 * i];
        }
        for (int i = 3; i >= 0; i--) {
            double t = rhs[i];
            for (int k = i + 1; k < 4; k++) {
                t -= l[4 * k + i] * rhs[k];
            }
            rhs[i] = t / l[5 * i];
        }
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
