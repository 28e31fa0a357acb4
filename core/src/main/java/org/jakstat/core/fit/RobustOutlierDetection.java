package org.jakstat.core.fit;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * ROUT outlier detection (Motulsky & Brown 2006, "Detecting outliers when fitting data with nonlinear
 * regression - a new method based on robust nonlinear regression and the false discovery rate", BMC
 * Bioinformatics 7:123). Steps implemented, with the paper's definitions:
 * <ol>
 *   <li><b>Robust fit.</b> Minimise the Lorentzian merit function {@code sum ln(1 + (r_i/RSDR)^2)} (the
 *       negative log-likelihood of Lorentzian/Cauchy scatter), starting from the least-squares fit. It is
 *       minimised by iteratively reweighted least squares with weights {@code w_i / (1 + (r_i/RSDR)^2)}, the
 *       exact stationarity condition of that merit function. RSDR is recomputed from the current residuals
 *       before every reweighting, so the fit becomes gradually more robust as it proceeds (the paper's adaptive
 *       scheme).</li>
 *   <li><b>RSDR</b>, robust standard deviation of the residuals (the paper's Eq. 1):
 *       {@code RSDR = P68 * N/(N-K)}, P68 the 68.27th percentile of the absolute (weighted) residuals,
 *       N points, K fitted parameters.</li>
 *   <li><b>Outlier test at FDR Q.</b> Rank the absolute residuals ascending (i = 1..N); for each compute
 *       {@code t_i = |r_i|/RSDR} and its two-tailed P value from Student's t with N-K df; compare with
 *       {@code alpha_i = Q (N - (i-1)) / N} (Benjamini-Hochberg thresholds as adapted in the paper). The
 *       first ranked residual with {@code P_i < alpha_i}, and every larger one, are outliers. As in GraphPad
 *       Prism's implementation, only the 30 % of points with the largest residuals are candidates.</li>
 * </ol>
 * The caller refits by ordinary least squares without the outliers (the paper's third step). Immutable,
 * thread-safe.
 *
 * <p><b>Round-off floor.</b> On noise-free data the residuals are round-off (about 1e-12 of the responses) and so
 * is RSDR; their ratios are then arbitrary and the test would call points outliers at random. The scale of the test
 * is therefore at least {@value #ROUND_OFF} times the largest weighted response: a residual at round-off level is
 * never an outlier, while a real outlier among otherwise exact points still is.
 */
public final class RobustOutlierDetection {

    /** Fraction of the points, those with the largest residuals, that can be called outliers. */
    public static final double MAX_OUTLIER_FRACTION = 0.3;
    private static final double P68 = 68.27;
    private static final int MAX_REWEIGHTINGS = 50;
    /** Relative size of residuals that are round-off, not scatter (see the class comment). */
    static final double ROUND_OFF = 1e-9;

    private final LevenbergMarquardtSolver solver;
    private final double q;

    /**
     * @param solver solver for the weighted least-squares steps
     * @param q      maximum desired false discovery rate, in (0, 1); Prism's default is 0.01
     */
    public RobustOutlierDetection(LevenbergMarquardtSolver solver, double q) {
        if (solver == null || !(q > 0 && q < 1)) {
            throw new IllegalArgumentException("solver required and Q must be in (0, 1)");
        }
        this.solver = solver;
        this.q = q;
    }

    /**
     * The result of the screen.
     *
     * @param outlier        per point, true when ROUT calls it an outlier
     * @param robustParameters parameters of the robust (Lorentzian) fit
     * @param rsdr           RSDR of the robust fit
     * @param pValues        per point two-tailed P value of {@code |r_i|/RSDR} (NaN for unused points)
     */
    public record Screening(boolean[] outlier, double[] robustParameters, double rsdr, double[] pValues) {

        /** Copies the arrays. */
        public Screening {
            outlier = outlier.clone();
            robustParameters = robustParameters.clone();
            pValues = pValues.clone();
        }

        @Override
        public boolean[] outlier() {
            return outlier.clone();
        }

        @Override
        public double[] robustParameters() {
            return robustParameters.clone();
        }

        @Override
        public double[] pValues() {
            return pValues.clone();
        }

        /** @return how many points were called outliers */
        public int outlierCount() {
            int c = 0;
            for (boolean b : outlier) {
                c += b ? 1 : 0;
            }
            return c;
        }
    }

    /**
     * @param problem    the problem (points with weight 0 are ignored)
     * @param leastSquaresSolution its ordinary least-squares solution (the robust fit starts there)
     * @return the screening; no outliers when N - K < 1
     */
    public Screening screen(RegressionProblem problem, double[] leastSquaresSolution) {
        int n = problem.y().length;
        int k = problem.constraints().freeCount();
        int used = problem.effectiveObservationCount();
        double[] p = leastSquaresSolution.clone();
        double[] res = weightedResiduals(problem, p);
        double rsdr = rsdr(res, problem.weights(), used, k);
        if (used - k < 1) {
            return new Screening(new boolean[n], p, rsdr, nanArray(n));
        }
        double scale = rsdr;
        for (int round = 0; round < MAX_REWEIGHTINGS && scale > 0; round++) {
            double[] w = problem.weights().clone();
            for (int i = 0; i < n; i++) {
                double z = res[i] / scale;
                w[i] = w[i] / (1 + z * z);
            }
            LeastSquaresSolution s = solver.solve(new RegressionProblem(problem.model(), problem.x(), problem.y(),
                    w, p, problem.constraints()));
            double[] next = s.parameters();
            boolean settled = closeTo(p, next);
            p = next;
            res = weightedResiduals(problem, p);
            if (settled) {
                break;
            }
        }
        rsdr = rsdr(res, problem.weights(), used, k);
        return test(res, problem.weights(), used, k, rsdr, p, ROUND_OFF * largestWeightedResponse(problem));
    }

    private static double largestWeightedResponse(RegressionProblem problem) {
        double m = 0;
        for (int i = 0; i < problem.y().length; i++) {
            if (problem.weights()[i] > 0) {
                m = Math.max(m, Math.sqrt(problem.weights()[i]) * Math.abs(problem.y()[i]));
            }
        }
        return m;
    }

    private Screening test(double[] res, double[] weights, int used, int k, double rsdr, double[] p, double floor) {
        double scale = Math.max(rsdr, floor);
        int n = res.length;
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            key[i] = weights[i] > 0 ? Math.abs(res[i]) : Double.NEGATIVE_INFINITY;
        }
        int[] order = IndexOrder.ascending(key);
        TDistribution t = new TDistribution(null, used - k);
        double[] pv = nanArray(n);
        boolean[] outlier = new boolean[n];
        int firstCandidateRank = (int) Math.ceil((1 - MAX_OUTLIER_FRACTION) * used) + 1;
        int firstUsed = n - used;
        int cut = -1;
        for (int rank = 1; rank <= used; rank++) {
            int i = order[firstUsed + rank - 1];
            double ratio = Math.abs(res[i]) / scale;
            pv[i] = Double.isNaN(ratio) ? 1 : 2 * (1 - t.cumulativeProbability(ratio));
            double alpha = q * (used - (rank - 1)) / used;
            if (cut < 0 && rank >= firstCandidateRank && pv[i] < alpha) {
                cut = rank;
            }
        }
        for (int rank = Math.max(cut, 1); cut > 0 && rank <= used; rank++) {
            outlier[order[firstUsed + rank - 1]] = true;
        }
        return new Screening(outlier, p, rsdr, pv);
    }

    /**
     * The paper's Eq. 1.
     *
     * @param residuals weighted residuals
     * @param weights   weights (0 = not used)
     * @param used      number of used points N
     * @param k         fitted parameters K
     * @return {@code P68(|r|) * N/(N-K)}, NaN when {@code N <= K}
     */
    public static double rsdr(double[] residuals, double[] weights, int used, int k) {
        if (used <= k) {
            return Double.NaN;
        }
        double[] abs = new double[used];
        int m = 0;
        for (int i = 0; i < residuals.length; i++) {
            if (weights[i] > 0) {
                abs[m++] = Math.abs(residuals[i]);
            }
        }
        double p68 = new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(abs, P68);
        return p68 * used / (used - k);
    }

    private static double[] weightedResiduals(RegressionProblem problem, double[] p) {
        double[] r = new double[problem.y().length];
        for (int i = 0; i < r.length; i++) {
            double w = problem.weights()[i];
            r[i] = w > 0 ? Math.sqrt(w) * (problem.y()[i] - problem.model().value(problem.x()[i], p)) : 0;
        }
        return r;
    }

    private static boolean closeTo(double[] a, double[] b) {
        for (int j = 0; j < a.length; j++) {
            if (Math.abs(a[j] - b[j]) > 1e-9 * Math.max(1, Math.abs(a[j]))) {
                return false;
            }
        }
        return true;
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
