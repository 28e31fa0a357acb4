package org.jakstat.core.fit;

import java.util.Arrays;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Memo of two-sided Student t critical values {@code t(1 - alpha/2, df)} for one confidence level, computed
 * with Commons Math {@link TDistribution}. Creating a TDistribution per curve would dominate the cost of a
 * fast fit, so a solver workspace keeps one of these. Not thread-safe: one instance per thread.
 */
public final class CriticalValues {

    private static final int CACHED_DF = 512;
    private static final int CACHED_NUMERATOR_DF = 8;

    private final double confidenceLevel;
    private final double[] tByDf = new double[CACHED_DF + 1];
    private final double[][] fByDf = new double[CACHED_NUMERATOR_DF + 1][];
    private double fLevel = Double.NaN;

    /** @param confidenceLevel e.g. 0.95; strictly between 0 and 1 */
    public CriticalValues(double confidenceLevel) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1)");
        }
        this.confidenceLevel = confidenceLevel;
        Arrays.fill(tByDf, Double.NaN);
    }

    /** @return the confidence level of the memoised values */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /**
     * @param df residual degrees of freedom
     * @return {@code t(1 - alpha/2, df)}, NaN when {@code df < 1}
     */
    public double twoSidedT(int df) {
        if (df < 1) {
            return Double.NaN;
        }
        if (df <= CACHED_DF) {
            double t = tByDf[df];
            if (Double.isNaN(t)) {
                t = studentT(confidenceLevel, df);
                tByDf[df] = t;
            }
            return t;
        }
        return studentT(confidenceLevel, df);
    }

    /**
     * Memoised upper critical value of the F distribution; the memo holds one level at a time.
     *
     * @param level e.g. 0.95 for a test at alpha = 0.05
     * @param df1   numerator degrees of freedom (at least 1)
     * @param df2   denominator degrees of freedom (at least 1)
     * @return {@code F(level; df1, df2)}
     */
    public double upperF(double level, int df1, int df2) {
        if (df1 < 1 || df2 < 1) {
            return Double.NaN;
        }
        if (df1 > CACHED_NUMERATOR_DF || df2 > CACHED_DF) {
            return fisherF(level, df1, df2);
        }
        if (level != fLevel) {
            Arrays.fill(fByDf, null);
            fLevel = level;
        }
        if (fByDf[df1] == null) {
            fByDf[df1] = new double[CACHED_DF + 1];
            Arrays.fill(fByDf[df1], Double.NaN);
        }
        double f = fByDf[df1][df2];
        if (Double.isNaN(f)) {
            f = fisherF(level, df1, df2);
            fByDf[df1][df2] = f;
        }
        return f;
    }

    /**
     * @param level confidence level
     * @param df    degrees of freedom (at least 1)
     * @return the two-sided critical value {@code t(1 - (1-level)/2, df)}
     */
    public static double studentT(double level, double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /**
     * @param level confidence level
     * @param df1   numerator degrees of freedom
     * @param df2   denominator degrees of freedom
     * @return the upper critical value {@code F(level; df1, df2)}
     */
    public static double fisherF(double level, double df1, double df2) {
        return new FDistribution(null, df1, df2).inverseCumulativeProbability(level);
    }

    /**
     * @param f   observed F ratio
     * @param df1 numerator degrees of freedom
     * @param df2 denominator degrees of freedom
     * @return {@code P(F' >= f)} under the null; NaN for invalid input
     */
    public static double fisherUpperTail(double f, double df1, double df2) {
        if (!(df1 > 0 && df2 > 0) || Double.isNaN(f)) {
            return Double.NaN;
        }
        if (f <= 0) {
            return 1;
        }
        if (f == Double.POSITIVE_INFINITY) {
            return 0;
        }
        return 1 - new FDistribution(null, df1, df2).cumulativeProbability(f);
    }
}
