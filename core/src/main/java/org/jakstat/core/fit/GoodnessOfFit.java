package org.jakstat.core.fit;

/**
 * Summary statistics of one least-squares fit, following GraphPad Prism's definitions (Prism 10 Curve Fitting
 * Guide, "R squared", "Sy.x", "How the AICc computations work").
 *
 * @param observations   N, points with positive weight
 * @param fittedParameters K, free parameters
 * @param degreesOfFreedom N - K
 * @param rss            weighted residual sum of squares
 * @param syx            {@code sqrt(RSS / (N - K))}, NaN when N - K < 1
 * @param rSquared       {@code 1 - RSS / TSS}, TSS about the weighted mean (NaN when TSS = 0)
 * @param adjustedRSquared {@code 1 - (RSS/(N-K)) / (TSS/(N-1))}
 * @param aicc           {@code N ln(RSS/N) + 2(K+1) + 2(K+1)(K+2)/(N-K-2)} (K+1 counts the variance);
 *                       NaN when {@code N - K - 2 < 1} or RSS = 0
 */
public record GoodnessOfFit(int observations, int fittedParameters, int degreesOfFreedom, double rss, double syx,
                            double rSquared, double adjustedRSquared, double aicc) {

    /** Validates counts. */
    public GoodnessOfFit {
        if (observations < 0 || fittedParameters < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /**
     * @param y       responses
     * @param weights weights (zero weight = not used)
     * @param rss     weighted RSS of the fit
     * @param k       number of free parameters
     * @return the statistics
     */
    public static GoodnessOfFit of(double[] y, double[] weights, double rss, int k) {
        int n = 0;
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < y.length; i++) {
            if (weights[i] > 0) {
                n++;
                sw += weights[i];
                swy += weights[i] * y[i];
            }
        }
        double mean = sw > 0 ? swy / sw : Double.NaN;
        double tss = 0;
        for (int i = 0; i < y.length; i++) {
            if (weights[i] > 0) {
                double d = y[i] - mean;
                tss += weights[i] * d * d;
            }
        }
        return of(n, k, rss, tss);
    }

    /**
     * @param n   observations
     * @param k   free parameters
     * @param rss weighted RSS
     * @param tss weighted total sum of squares about the mean
     * @return the statistics
     */
    public static GoodnessOfFit of(int n, int k, double rss, double tss) {
        int df = n - k;
        double syx = df >= 1 ? Math.sqrt(rss / df) : Double.NaN;
        double r2 = tss > 0 ? 1 - rss / tss : Double.NaN;
        double adj = tss > 0 && df >= 1 && n > 1 ? 1 - (rss / df) / (tss / (n - 1)) : Double.NaN;
        return new GoodnessOfFit(n, k, df, rss, syx, r2, adj, aicc(n, k, rss));
    }

    /**
     * Akaike's criterion with the small-sample correction (Burnham & Anderson 2002, eq. 2.2 with K+1
     * parameters, as Prism counts the residual variance).
     *
     * @param n   observations
     * @param k   fitted parameters
     * @param rss residual sum of squares
     * @return AICc, NaN when undefined
     */
    public static double aicc(int n, int k, double rss) {
        int kk = k + 1;
        if (n - kk - 1 < 1 || !(rss > 0)) {
            return Double.NaN;
        }
        return n * Math.log(rss / n) + 2.0 * kk + 2.0 * kk * (kk + 1) / (n - kk - 1);
    }
}
