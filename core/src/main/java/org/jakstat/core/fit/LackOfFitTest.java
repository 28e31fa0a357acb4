package org.jakstat.core.fit;

import java.util.Optional;

/**
 * The replicates test for lack of fit (Draper & Smith 1998, Applied Regression Analysis, 3rd ed., section 2.1;
 * GraphPad Prism's "replicates test"): splits the RSS into pure error (scatter of replicates around their
 * weighted group mean, {@code N - G} df for G distinct x) and lack of fit ({@code RSS - SSpe}, {@code G - K} df),
 * {@code F = (SSlof/(G-K)) / (SSpe/(N-G))}. A small p-value says the model does not follow the group means.
 *
 * @param pureErrorSs  SSpe
 * @param pureErrorDf  N - G
 * @param lackOfFitSs  RSS - SSpe
 * @param lackOfFitDf  G - K
 * @param fRatio       F
 */
public record LackOfFitTest(double pureErrorSs, int pureErrorDf, double lackOfFitSs, int lackOfFitDf,
                            double fRatio) {

    /** @return {@code P(F' >= F)} with (G-K, N-G) df, computed on demand (Commons Math FDistribution) */
    public double pValue() {
        return CriticalValues.fisherUpperTail(fRatio, lackOfFitDf, pureErrorDf);
    }

    /**
     * @param x       predictors (replicates share exactly the same x)
     * @param y       responses
     * @param weights weights (0 = not used)
     * @param rss     weighted RSS of the fit
     * @param k       free parameters of the fit
     * @return the test, or empty when there are no replicates or {@code G - K < 1}
     */
    public static Optional<LackOfFitTest> of(double[] x, double[] y, double[] weights, double rss, int k) {
        int n = 0;
        for (double w : weights) {
            n += w > 0 ? 1 : 0;
        }
        int[] order = IndexOrder.ascending(x);
        double ssPe = 0;
        int groups = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            double sw = 0;
            double swy = 0;
            while (j < order.length && x[order[j]] == x[order[i]]) {
                double w = weights[order[j]];
                sw += w;
                swy += w * y[order[j]];
                j++;
            }
            if (sw > 0) {
                groups++;
                double mean = swy / sw;
                for (int m = i; m < j; m++) {
                    double d = y[order[m]] - mean;
                    ssPe += weights[order[m]] * d * d;
                }
            }
            i = j;
        }
        int dfPe = n - groups;
        int dfLof = groups - k;
        if (dfPe < 1 || dfLof < 1) {
            return Optional.empty();
        }
        double ssLof = Math.max(0, rss - ssPe);
        double f = ssPe > 0 ? (ssLof / dfLof) / (ssPe / dfPe) : Double.NaN;
        return Optional.of(new LackOfFitTest(ssPe, dfPe, ssLof, dfLof, f));
    }
}
