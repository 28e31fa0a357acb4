package org.jakstat.core.pkpd;

/**
 * Analytic derivatives of a direct PD model's prediction with respect to its own parameters (natural scale, in
 * the order of {@link PdStructure#parameters()}), at given free concentrations. With {@code x = h ln(C/C50)},
 * {@code f = 1/(1 + e^-x)} and {@code g = f (1 - f)}: {@code df/dC50 = -h g / C50}, {@code df/dh = g ln(C/C50)}.
 * Direct Imax, {@code E = E0 (1 - Imax f)}: {@code dE/dE0 = 1 - Imax f}, {@code dE/dImax = -E0 f},
 * {@code dE/dIC50 = E0 Imax h g / IC50}, {@code dE/dh = -E0 Imax g ln(C/IC50)}. Direct Emax,
 * {@code E = E0 + Emax f}: {@code dE/dE0 = 1}, {@code dE/dEmax = f}, {@code dE/dEC50 = -Emax h g / EC50},
 * {@code dE/dh = Emax g ln(C/EC50)}. For % inhibition {@code P = 100 (1 - E/E0)}:
 * {@code dP/dq = -100/E0 dE/dq} for q other than E0, and {@code dP/dE0 = -100 (E0 dE/dE0 - E) / E0^2} (0 for
 * the Imax model, where E0 cancels). The ratio C/C50 does not
 * depend on the potency's unit, and the derivative with respect to C50 in nM is the one above with C50 in nM.
 */
final class DirectEffectSensitivities {

    private DirectEffectSensitivities() {
    }

    /**
     * @param pd a direct model ({@link PdStructure#isDirect()})
     * @param values its parameter values (C50 in nM)
     * @param freeMolar free concentration [M] at each observation
     * @param quantity response or % inhibition
     * @return [observation][PD parameter] derivatives
     */
    static double[][] of(final PdStructure pd, final double[] values, final double[] freeMolar,
        final ObservedQuantity quantity) {
        if (!pd.isDirect() || !quantity.isPharmacodynamic()) {
            throw new IllegalArgumentException("analytic sensitivities exist for direct PD models of PD data only");
        }
        boolean inhibition = pd == PdStructure.DIRECT_INHIBITION;
        double e0 = values[0];
        double max = values[1];
        double c50Nm = values[2];
        double hill = values[3];
        double c50Molar = org.jakstat.core.potency.ConcentrationUnit.NM.toMolar(c50Nm);
        double[][] out = new double[freeMolar.length][4];
        for (int i = 0; i < freeMolar.length; i++) {
            double c = freeMolar[i];
            double f = 0;
            double g = 0;
            double logRatio = 0;
            if (c > 0) {
                logRatio = Math.log(c / c50Molar);
                double x = hill * logRatio;
                double e = Math.exp(-Math.abs(x));
                f = x >= 0 ? 1 / (1 + e) : e / (1 + e);
                g = e / ((1 + e) * (1 + e));
            }
            double[] d = out[i];
            if (inhibition) {
                d[0] = 1 - max * f;
                d[1] = -e0 * f;
                d[2] = e0 * max * hill * g / c50Nm;
                d[3] = -e0 * max * g * logRatio;
            } else {
                d[0] = 1;
                d[1] = f;
                d[2] = -max * hill * g / c50Nm;
                d[3] = max * g * logRatio;
            }
            if (quantity == ObservedQuantity.PERCENT_INHIBITION) {
                double effect = inhibition ? e0 * (1 - max * f) : e0 + max * f;
                d[0] = -100.0 * (d[0] * e0 - effect) / (e0 * e0);
                for (int j = 1; j < 4; j++) {
                    d[j] = -100.0 / e0 * d[j];
                }
            }
        }
        return out;
    }
}
