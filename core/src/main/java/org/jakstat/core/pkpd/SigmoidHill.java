package org.jakstat.core.pkpd;

/**
 * The sigmoid (Hill) drug-effect function {@code f(C) = max * C^h / (C50^h + C^h)} used by every
 * pharmacodynamic model of this package (Holford &amp; Sheiner 1981, Clin Pharmacokinet 6:429; the Imax form in
 * Dayneka, Garg &amp; Jusko 1993, J Pharmacokinet Biopharm 21:457). Evaluated as a logistic in
 * {@code h ln(C/C50)}, so neither large nor small ratios overflow.
 *
 * @param maximum the plateau: Imax (a fraction in [0, 1]) for inhibition, Emax or Smax for stimulation; &gt;= 0
 * @param c50Molar concentration of half-maximal effect, IC50/EC50/SC50 [M], &gt; 0
 * @param hill Hill coefficient h, in (0, 20]
 */
public record SigmoidHill(double maximum, double c50Molar, double hill) {

    /** Validates the parameters. */
    public SigmoidHill {
        ParameterChecks.nonNegative("maximal effect", maximum);
        ParameterChecks.positive("C50 [M]", c50Molar);
        ParameterChecks.within("Hill coefficient", hill, Double.MIN_NORMAL, 20.0);
    }

    /**
     * @param molar free concentration [M]; values &lt;= 0 give 0
     * @return {@code max * C^h / (C50^h + C^h)}, within [0, max]
     */
    public double valueAt(final double molar) {
        if (!(molar > 0)) {
            return 0.0;
        }
        double x = hill * Math.log(molar / c50Molar);
        return x > 0 ? maximum / (1.0 + Math.exp(-x)) : maximum * Math.exp(x) / (1.0 + Math.exp(x));
    }
}
