package org.jakstat.core.pkpd;

/**
 * Direct sigmoid Imax model {@code E = E0 (1 - Imax C^h / (IC50^h + C^h))} (Holford &amp; Sheiner 1981, Clin
 * Pharmacokinet 6:429; Gabrielsson &amp; Weiner, Pharmacokinetic and Pharmacodynamic Data Analysis, 5th ed.,
 * 2016). The fraction inhibited is {@code Imax C^h / (IC50^h + C^h)}, so
 * {@code % inhibition = 100 (1 - E/E0)} as in the project's conventions.
 *
 * @param e0 baseline response, &gt; 0
 * @param inhibition the drug term, with maximum Imax in [0, 1] and IC50 in M
 */
public record DirectInhibition(double e0, SigmoidHill inhibition) implements DirectEffect {

    /** Validates the parameters. */
    public DirectInhibition {
        ParameterChecks.positive("baseline E0", e0);
        if (inhibition == null) {
            throw new IllegalArgumentException("the inhibition term (Imax, IC50, Hill) is required");
        }
        ParameterChecks.within("Imax (fraction)", inhibition.maximum(), 0.0, 1.0);
    }

    /**
     * @param e0 baseline response
     * @param imax maximal fractional inhibition in [0, 1]
     * @param ic50Molar IC50 [M]
     * @param hill Hill coefficient
     * @return the model
     */
    public static DirectInhibition of(final double e0, final double imax, final double ic50Molar,
        final double hill) {
        return new DirectInhibition(e0, new SigmoidHill(imax, ic50Molar, hill));
    }

    @Override
    public double baseline() {
        return e0;
    }

    @Override
    public double effectAt(final double freeMolar) {
        return e0 * (1.0 - inhibition.valueAt(freeMolar));
    }
}
