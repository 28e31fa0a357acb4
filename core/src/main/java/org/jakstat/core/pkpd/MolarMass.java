package org.jakstat.core.pkpd;

import org.jakstat.core.potency.ConcentrationUnit;

/**
 * Molar mass of a drug, to convert mass concentrations (mg/L, as PK models produce) to molar ones (as potencies
 * are reported): {@code c [M] = c [mg/L] * 1e-3 [g/mg] / MW [g/mol]}, so 1 mg/L of a 371.42 g/mol compound is
 * 2692.4 nM.
 *
 * @param gramsPerMole molecular weight [g/mol], &gt; 0
 */
public record MolarMass(double gramsPerMole) {

    /** Validates the molecular weight. */
    public MolarMass {
        ParameterChecks.positive("molar mass [g/mol]", gramsPerMole);
    }

    /**
     * @param mgPerLitre a mass concentration [mg/L]
     * @return the same concentration in M
     */
    public double toMolar(final double mgPerLitre) {
        return mgPerLitre * 1e-3 / gramsPerMole;
    }

    /**
     * @param molar a concentration [M]
     * @return the same concentration in mg/L
     */
    public double toMgPerLitre(final double molar) {
        return molar * gramsPerMole * 1e3;
    }

    /**
     * @param mgPerLitre a mass concentration [mg/L]
     * @param unit the molar unit wanted
     * @return the concentration in that unit, e.g. nM
     */
    public double convert(final double mgPerLitre, final ConcentrationUnit unit) {
        return unit.fromMolar(toMolar(mgPerLitre));
    }
}
