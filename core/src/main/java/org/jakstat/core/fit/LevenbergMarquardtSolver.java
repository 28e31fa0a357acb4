package org.jakstat.core.fit;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * General Levenberg-Marquardt solver for {@link RegressionProblem}s with fixed parameters and box bounds.
 *
 * <p>Each iteration solves the damped linearised problem {@code min ||r - J d||^2 + lambda ||D d||^2} by a
 * Householder QR decomposition (Commons Math {@link QRDecomposition}) of the augmented matrix
 * {@code [J; sqrt(lambda) D]}, which avoids squaring the condition number of J. D is Moré's adaptive column
 * scaling {@code D_j = max over iterations of ||J_j||} (Moré 1978, "The Levenberg-Marquardt algorithm:
 * implementation and theory", LNM 630), and lambda follows Nielsen's gain-ratio update (Nielsen 1999, IMM-REP-1999-05:
 * {@code lambda *= max(1/3, 1 - (2 rho - 1)^3)} on success, {@code lambda *= nu, nu *= 2} on failure). Steps that
 * leave the box are projected onto it. Each step carries Transtrum and Sethna's geodesic acceleration, a
 * second-order correction that also rejects steps into strongly curved regions. Stopping rules are those of MINPACK's lmder (step, cost and gradient
 * tests; see {@link SolverOptions}).
 *
 * <p>Immutable and thread-safe; every call allocates its own work arrays. For millions of 4-parameter problems
 * use the allocation-free {@code org.jakstat.core.doseresponse.FourParameterLogisticSolver} instead.
 */
public final class LevenbergMarquardtSolver {

    private static final double LAMBDA_LIMIT = 1e32;
    /** Gradient cosine below which a stall counts as convergence at machine precision. */
    private static final double STALL_GRADIENT_TOLERANCE = 1e-7;
    /** Largest accepted ratio 2||a||/||v|| of acceleration to velocity (Transtrum & Sethna's alpha). */
    private static final double ACCELERATION_RATIO = 0.75;
    private static final int POLISH_STEPS = 5;
    /** Residual norm relative to the data norm below which no further reduction is meaningful in doubles. */
    private static final double ROUND_OFF_RELATIVE_RESIDUAL = 1e-12;

    private final SolverOptions options;

    /** @param options stopping rules */
    public LevenbergMarquardtSolver(SolverOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return a solver with {@link SolverOptions#defaults()} */
    public static LevenbergMarquardtSolver withDefaults() {
        return new LevenbergMarquardtSolver(SolverOptions.defaults());
    }

    /** @return the stopping rules */
    public SolverOptions options() {
        return options;
    }

    /**
     * Minimises the weighted RSS of {@code problem} from its start values. Never throws for numerical trouble:
     * a non-finite model value at the start gives {@link ConvergenceStatus#NUMERICAL_FAILURE}.
     *
     * @param problem the problem
     * @return the solution with its status
     */
    public LeastSquaresSolution solve(RegressionProblem problem) {
        State s = new State(problem);
        if (!s.evaluate(s.p, s.r, true)) {
            return s.finish(0, ConvergenceStatus.NUMERICAL_FAILURE);
        }
        if (s.k == 0 || s.cost == 0) {
            return s.finish(0, ConvergenceStatus.CONVERGED);
        }
        double lambda = 1e-3;
        double nu = 2;
        for (int iter = 1; iter <= options.maxIterations(); iter++) {
            s.updateScaling();
            if (s.gradientCosine() <= options.gradientTolerance()) {
                return s.finish(iter - 1, ConvergenceStatus.CONVERGED);
            }
            double[] step = s.dampedSolve(lambda, s.r, null);
            boolean[] binding = step == null ? null : s.binding(step);
            if (binding != null) {
                step = s.dampedSolve(lambda, s.r, binding);
            }
            if (step == null) {
                return s.finish(iter, ConvergenceStatus.NUMERICAL_FAILURE);
            }
            double[] acceleration = s.geodesicAcceleration(step, lambda, binding);
            if (acceleration == null) {
                lambda *= nu;
                nu *= 2;
                continue;
            }
            for (int a = 0; a < step.length; a++) {
                step[a] += 0.5 * acceleration[a];
            }
            double[] trial = s.project(step);
            double predicted = s.cost - s.linearisedCost(trial);
            double[] rTrial = new double[s.n];
            double trialCost = s.evaluate(trial, rTrial, false) ? s.costOf(rTrial) : Double.NaN;
            double actual = s.cost - trialCost;
            double rho = predicted > 0 ? actual / predicted : (actual > 0 ? 1 : -1);
            if (Double.isFinite(trialCost) && actual > 0 && rho > 1e-4) {
                double stepNorm = s.scaledStepNorm(trial);
                double paramNorm = s.scaledParameterNorm();
                s.accept(trial, rTrial, trialCost);
                lambda *= Math.max(1.0 / 3.0, 1 - Math.pow(2 * rho - 1, 3));
                nu = 2;
                boolean smallStep = stepNorm <= options.relativeStepTolerance() * (paramNorm
                        + options.relativeStepTolerance());
                boolean smallCost = actual <= options.relativeCostTolerance() * (s.cost + actual)
                        && predicted <= options.relativeCostTolerance() * (s.cost + actual);
                if (smallStep || smallCost || s.cost == 0) {
                    return s.finish(iter + s.polish(), ConvergenceStatus.CONVERGED);
                }
            } else {
                lambda *= nu;
                nu *= 2;
                if (lambda > LAMBDA_LIMIT || !Double.isFinite(nu)) {
                    boolean flat = s.gradientCosine() <= STALL_GRADIENT_TOLERANCE || s.atRoundOffLevel();
                    return s.finish(iter, flat ? ConvergenceStatus.CONVERGED : ConvergenceStatus.STALLED);
                }
            }
        }
        return s.finish(options.maxIterations(), ConvergenceStatus.MAX_ITERATIONS);
    }

    /** Work arrays of one solve. */
    private static final class State {
        final RegressionProblem problem;
        final ParametricModel model;
        final int n;
        final int k;
        final int[] free;
        final double[] sqrtW;
        final double[] p;
        final double[] r;
        final double[][] jac;
        final double[] scale;
        final double[] grad;
        double cost;

        State(RegressionProblem problem) {
            this.problem = problem;
            this.model = problem.model();
            ParameterConstraints c = problem.constraints();
            this.n = problem.y().length;
            int np = problem.start().length;
            this.free = new int[c.freeCount()];
            int m = 0;
            for (int j = 0; j < np; j++) {
                if (!c.isFixed(j)) {
                    free[m++] = j;
                }
            }
            this.k = m;
            this.sqrtW = new double[n];
            for (int i = 0; i < n; i++) {
                sqrtW[i] = Math.sqrt(problem.weights()[i]);
            }
            this.p = problem.start().clone();
            for (int j : free) {
                p[j] = Math.min(c.upperBound(j), Math.max(c.lowerBound(j), p[j]));
            }
            this.r = new double[n];
            this.jac = new double[n][k];
            this.scale = new double[k];
            this.grad = new double[np];
        }

        /** Fills residuals (and the Jacobian when asked); false when a value is not finite. */
        boolean evaluate(double[] params, double[] res, boolean withJacobian) {
            double[] x = problem.x();
            double[] y = problem.y();
            for (int i = 0; i < n; i++) {
                double f = withJacobian ? model.valueAndGradient(x[i], params, grad) : model.value(x[i], params);
                if (sqrtW[i] == 0) {
                    res[i] = 0;
                    if (withJacobian) {
                        java.util.Arrays.fill(jac[i], 0);
                    }
                    continue;
                }
                res[i] = sqrtW[i] * (y[i] - f);
                if (!Double.isFinite(res[i])) {
                    return false;
                }
                if (withJacobian) {
                    for (int a = 0; a < k; a++) {
                        double g = sqrtW[i] * grad[free[a]];
                        jac[i][a] = Double.isFinite(g) ? g : 0;
                    }
                }
            }
            if (withJacobian) {
                cost = costOf(res);
            }
            return true;
        }

        double costOf(double[] res) {
            double c = 0;
            for (double v : res) {
                c += v * v;
            }
            return c;
        }

        void updateScaling() {
            for (int a = 0; a < k; a++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += jac[i][a] * jac[i][a];
                }
                scale[a] = Math.max(scale[a], Math.sqrt(s));
                if (scale[a] == 0) {
                    scale[a] = 1;
                }
            }
        }

        /** Largest |cos| between the residual vector and a Jacobian column (MINPACK gnorm). */
        double gradientCosine() {
            double rn = Math.sqrt(cost);
            if (rn == 0) {
                return 0;
            }
            ParameterConstraints c = problem.constraints();
            double worst = 0;
            for (int a = 0; a < k; a++) {
                double dot = 0;
                double cn = 0;
                for (int i = 0; i < n; i++) {
                    dot += jac[i][a] * r[i];
                    cn += jac[i][a] * jac[i][a];
                }
                // J'r is the descent direction; on a bound it may point out of the box, where the constrained
                // minimum is (Karush-Kuhn-Tucker), so that component does not count against convergence
                int j = free[a];
                boolean outward = (p[j] >= c.upperBound(j) && dot > 0) || (p[j] <= c.lowerBound(j) && dot < 0);
                if (cn > 0 && !outward) {
                    worst = Math.max(worst, Math.abs(dot) / (Math.sqrt(cn) * rn));
                }
            }
            return worst;
        }

        /**
         * The active set of a step: parameters on a bound that the step pushes outward. They are held for this
         * iteration (their columns removed from the damped problem) instead of having their step clipped by the
         * projection: a clipped step is not the minimiser of the remaining parameters' model, and its geodesic
         * acceleration, probed outside the box, rejects it again and again until the damping is so large that the
         * step vanishes (a fit started at Imax = 1 once stopped at its start values that way).
         *
         * @param step a step of the free parameters
         * @return the binding flags per free parameter, or null when none binds
         */
        boolean[] binding(double[] step) {
            ParameterConstraints c = problem.constraints();
            boolean[] b = null;
            for (int a = 0; a < k; a++) {
                int j = free[a];
                boolean out = (p[j] <= c.lowerBound(j) && step[a] < 0) || (p[j] >= c.upperBound(j) && step[a] > 0);
                if (out) {
                    if (b == null) {
                        b = new boolean[k];
                    }
                    b[a] = true;
                }
            }
            return b;
        }

        /**
         * Geodesic acceleration (Transtrum & Sethna 2012, arXiv:1201.5885, eqs. 14-16): the second directional
         * derivative of the model along the velocity v by a finite difference with h = 0.1, then the damped
         * solve for the acceleration a. Returns null when {@code 2||Da||/||Dv|| > 0.75} (the step runs into
         * strong curvature, as BoxBOD's first step from start 1 does) so the caller raises the damping.
         */
        double[] geodesicAcceleration(double[] v, double lambda, boolean[] held) {
            double h = 0.1;
            double[] probe = p.clone();
            for (int a = 0; a < k; a++) {
                probe[free[a]] += h * v[a];
            }
            double[] rProbe = new double[n];
            if (!evaluate(probe, rProbe, false)) {
                return null;
            }
            double[] rhs = new double[n];
            for (int i = 0; i < n; i++) {
                double jv = 0;
                for (int a = 0; a < k; a++) {
                    jv += jac[i][a] * v[a];
                }
                double fvv = 2 / h * (-(rProbe[i] - r[i]) / h - jv);
                rhs[i] = -fvv;
            }
            double[] acc = dampedSolve(lambda, rhs, held);
            if (acc == null) {
                return null;
            }
            double an = 0;
            double vn = 0;
            for (int a = 0; a < k; a++) {
                an += scale[a] * scale[a] * acc[a] * acc[a];
                vn += scale[a] * scale[a] * v[a] * v[a];
            }
            return 2 * Math.sqrt(an) <= ACCELERATION_RATIO * Math.sqrt(vn) ? acc : null;
        }

        /**
         * Solves [J; sqrt(lambda) D] d = [rhs; 0] in the least-squares sense; null on breakdown. A held parameter's
         * column of J is left out, so its step is exactly 0 (only its damping row remains).
         *
         * @param held per free parameter, true to hold it in this solve; null holds none
         */
        double[] dampedSolve(double lambda, double[] rhs, boolean[] held) {
            double[][] a = new double[n + k][k];
            double[] b = new double[n + k];
            for (int i = 0; i < n; i++) {
                System.arraycopy(jac[i], 0, a[i], 0, k);
                if (held != null) {
                    for (int j = 0; j < k; j++) {
                        if (held[j]) {
                            a[i][j] = 0;
                        }
                    }
                }
                b[i] = rhs[i];
            }
            double sl = Math.sqrt(lambda);
            for (int j = 0; j < k; j++) {
                a[n + j][j] = sl * scale[j];
            }
            try {
                RealVector d = new QRDecomposition(new Array2DRowRealMatrix(a, false), 0).getSolver()
                        .solve(new ArrayRealVector(b, false));
                double[] step = d.toArray();
                for (double v : step) {
                    if (!Double.isFinite(v)) {
                        return null;
                    }
                }
                return step;
            } catch (RuntimeException singular) {
                return null;
            }
        }

        /**
         * A few undamped Gauss-Newton steps (lambda = 1e-12, no acceleration) after convergence, kept while
         * they strictly reduce the RSS: recovers the last digits that the accelerated steps leave.
         *
         * @return the number of extra iterations used
         */
        int polish() {
            int used = 0;
            for (int round = 0; round < POLISH_STEPS && cost > 0; round++) {
                used++;
                updateScaling();
                double[] step = dampedSolve(1e-12, r, null);
                boolean[] binding = step == null ? null : binding(step);
                if (binding != null) {
                    step = dampedSolve(1e-12, r, binding);
                }
                if (step == null) {
                    break;
                }
                double[] trial = project(step);
                double[] rTrial = new double[n];
                if (!evaluate(trial, rTrial, false)) {
                    break;
                }
                double trialCost = costOf(rTrial);
                if (!(trialCost < cost)) {
                    break;
                }
                accept(trial, rTrial, trialCost);
            }
            return used;
        }

        /** True when the residual norm is at the round-off level of the data (Lanczos1: RSS 1e-25). */
        boolean atRoundOffLevel() {
            double yNorm = 0;
            for (int i = 0; i < n; i++) {
                double v = sqrtW[i] * problem.y()[i];
                yNorm += v * v;
            }
            return cost <= ROUND_OFF_RELATIVE_RESIDUAL * ROUND_OFF_RELATIVE_RESIDUAL * yNorm;
        }

        double[] project(double[] step) {
            ParameterConstraints c = problem.constraints();
            double[] t = p.clone();
            for (int a = 0; a < k; a++) {
                int j = free[a];
                t[j] = Math.min(c.upperBound(j), Math.max(c.lowerBound(j), p[j] + step[a]));
            }
            return t;
        }

        double linearisedCost(double[] trial) {
            double c = 0;
            for (int i = 0; i < n; i++) {
                double v = r[i];
                for (int a = 0; a < k; a++) {
                    v -= jac[i][a] * (trial[free[a]] - p[free[a]]);
                }
                c += v * v;
            }
            return c;
        }

        double scaledStepNorm(double[] trial) {
            double s = 0;
            for (int a = 0; a < k; a++) {
                double d = scale[a] * (trial[free[a]] - p[free[a]]);
                s += d * d;
            }
            return Math.sqrt(s);
        }

        double scaledParameterNorm() {
            double s = 0;
            for (int a = 0; a < k; a++) {
                double d = scale[a] * p[free[a]];
                s += d * d;
            }
            return Math.sqrt(s);
        }

        void accept(double[] trial, double[] rTrial, double trialCost) {
            System.arraycopy(trial, 0, p, 0, p.length);
            if (!evaluate(p, r, true)) {
                System.arraycopy(rTrial, 0, r, 0, n);
            }
            cost = trialCost;
        }

        LeastSquaresSolution finish(int iterations, ConvergenceStatus status) {
            ParameterConstraints c = problem.constraints();
            boolean[] atBound = new boolean[p.length];
            for (int j : free) {
                atBound[j] = isOn(p[j], c.lowerBound(j)) || isOn(p[j], c.upperBound(j));
            }
            double rss = Double.isFinite(cost) ? problem.residualSumOfSquares(p) : Double.NaN;
            return new LeastSquaresSolution(p, rss, iterations, status, atBound);
        }

        private static boolean isOn(double v, double bound) {
            return Double.isFinite(bound) && Math.abs(v - bound) <= 1e-10 * Math.max(1, Math.abs(bound));
        }
    }
}
