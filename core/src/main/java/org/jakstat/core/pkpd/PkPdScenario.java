package org.jakstat.core.pkpd;

import java.util.Optional;

/**
 * Everything a PK/PD simulation needs: the PK model, the doses, protein binding, the molar mass that links mass
 * concentrations to molar potencies, and optionally a PD model driven by the free concentration
 * {@code C_free = fu C_total}.
 *
 * @param pk the pharmacokinetic model (total plasma concentration, mg/L)
 * @param regimen the doses
 * @param fractionUnbound fu, the free fraction in plasma, in (0, 1]
 * @param molarMass molecular weight of the drug
 * @param pd the pharmacodynamic model, or empty for PK only
 */
public record PkPdScenario(PkModel pk, DosingRegimen regimen, double fractionUnbound, MolarMass molarMass,
    Optional<PdModel> pd) {

    /** Validates the components. */
    public PkPdScenario {
        if (pk == null || regimen == null || molarMass == null || pd == null) {
            throw new IllegalArgumentException("a scenario needs a PK model, a regimen, a molar mass and a PD "
                + "model (or Optional.empty())");
        }
        ParameterChecks.within("fraction unbound fu", fractionUnbound, Double.MIN_NORMAL, 1.0);
    }

    /**
     * @param t time after the first dose [h]
     * @return total plasma concentration [mg/L]
     */
    public double totalConcentration(final double t) {
        return pk.concentration(regimen, t);
    }

    /**
     * @param t time after the first dose [h]
     * @return free plasma concentration fu C [mg/L]
     */
    public double freeConcentration(final double t) {
        return fractionUnbound * totalConcentration(t);
    }

    /**
     * @param t time after the first dose [h]
     * @return free plasma concentration [M]
     */
    public double freeMolar(final double t) {
        return molarMass.toMolar(freeConcentration(t));
    }

    /** @return the times [h] where the concentration's slope jumps: each dose time plus the lag */
    public double[] breakpoints() {
        double[] b = new double[regimen.numberOfDoses()];
        for (int i = 0; i < b.length; i++) {
            b[i] = regimen.doseTime(i) + pk.lagTime();
        }
        return b;
    }
}
