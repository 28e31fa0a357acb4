package org.jakstat.core.fit;

/**
 * Comparison of two nested least-squares fits of the same data: the extra-sum-of-squares F test and Akaike's
 * criterion (AICc). Formulas as in Motulsky & Christopoulos, "Fitting Models to Biological Data Using Linear and
 * Nonlinear Regression" (GraphPad/Oxford 2004), chapters 22 and 24:
 * {@code F = ((SS1 - SS2)/(DF1 - DF2)) / (SS2/DF2)} with (DF1-DF2, DF2) degrees of freedom, and the probability
 * that the more complex model is correct {@code exp(0.5 d)/(1 + exp(0.5 d))}, {@code d = AICc1 - AICc2}.
 *
 * @param simplerRss        RSS of the simpler model (SS1)
 * @param simplerDf         its residual degrees of freedom (DF1)
 * @param complexRss        RSS of the more complex model (SS2)
 * @param complexDf         its residual degrees of freedom (DF2)
 * @param fRatio            F, NaN when undefined
 * @param pValue            {@code P(F' >= F)}, NaN when undefined
 * @param simplerAicc       AICc of the simpler model
 * @param complexAicc       AICc of the more complex model
 * @param probabilityComplexCorrect Akaike weight of the more complex model (0..1), NaN when undefined
 * @param alpha             significance level used by {@link #preferredByFTest()}
 */
public record NestedModelComparison(double simplerRss, int simplerDf, double complexRss, int complexDf,
                                    double fRatio, double pValue, double simplerAicc, double complexAicc,
                                    double probabilityComplexCorrect, double alpha) {

    /** Validates alpha. */
    public NestedModelComparison {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1)");
        }
    }

    /**
     * @param simpler fit statistics of the model with fewer parameters
     * @param complex fit statistics of the model with more parameters (same data)
     * @param alpha   significance level of the F test, e.g. 0.05
     * @return the comparison (NaN fields where undefined, never an exception)
     */
    public static NestedModelComparison of(GoodnessOfFit simpler, GoodnessOfFit complex, double alpha) {
        int df1 = simpler.degreesOfFreedom();
        int df2 = complex.degreesOfFreedom();
        double ss1 = simpler.rss();
        double ss2 = complex.rss();
        double f = Double.NaN;
        double p = Double.NaN;
        if (df1 > df2 && df2 >= 1 && ss2 >= 0 && Double.isFinite(ss1)) {
            double num = (ss1 - ss2) / (df1 - df2);
            f = ss2 > 0 ? Math.max(0, num) / (ss2 / df2) : (num > 0 ? Double.POSITIVE_INFINITY : 0);
            p = CriticalValues.fisherUpperTail(f, df1 - df2, df2);
        }
        double d = simpler.aicc() - complex.aicc();
        double prob = Double.isFinite(d) ? 1 / (1 + Math.exp(-0.5 * d)) : Double.NaN;
        return new NestedModelComparison(ss1, df1, ss2, df2, f, p, simpler.aicc(), complex.aicc(), prob, alpha);
    }

    /** @return MORE_COMPLEX when {@code p < alpha}, SIMPLER otherwise, UNDETERMINED when p is NaN */
    public PreferredModel preferredByFTest() {
        if (Double.isNaN(pValue)) {
            return PreferredModel.UNDETERMINED;
        }
        return pValue < alpha ? PreferredModel.MORE_COMPLEX : PreferredModel.SIMPLER;
    }

    /** @return the model with the lower AICc (UNDETERMINED when either is NaN) */
    public PreferredModel preferredByAicc() {
        if (Double.isNaN(probabilityComplexCorrect)) {
            return PreferredModel.UNDETERMINED;
        }
        return probabilityComplexCorrect > 0.5 ? PreferredModel.MORE_COMPLEX : PreferredModel.SIMPLER;
    }
}
