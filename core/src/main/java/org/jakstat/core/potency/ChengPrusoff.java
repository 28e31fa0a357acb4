package org.jakstat.core.potency;

import java.util.Optional;

/**
 * The Cheng-Prusoff relation for a competitive inhibitor: {@code Ki = IC50 / (1 + [S]/Km)}, where [S] is the
 * substrate (for kinases: ATP) concentration in the assay and Km the substrate's Michaelis constant, both in
 * the same unit.
 *
 * <p>Source: Cheng Y, Prusoff WH (1973) Biochem Pharmacol 22:3099-3108, eq. for competitive inhibition.
 * For ATP-competitive kinase inhibitors, JAK Km,ATP values differ between JAKs, so IC50s measured at
 * different [ATP] are compared as Ki (Thorarensen et al. 2014 ACS Chem Biol 9:1552).
 */
public final class ChengPrusoff {

    private ChengPrusoff() {
    }

    /**
     * Checks the assay conditions.
     *
     * @param substrate [S], >= 0, same unit as km
     * @param km Km, > 0
     * @return a reason when the conditions are unusable, empty when valid
     */
    public static Optional<String> problemWith(final double substrate, final double km) {
        if (Double.isNaN(substrate)) {
            return Optional.of("substrate concentration [S] is missing");
        }
        if (Double.isNaN(km)) {
            return Optional.of("Km is missing");
        }
        if (Double.isInfinite(substrate) || substrate < 0) {
            return Optional.of("substrate concentration [S] must be >= 0 and finite (got " + substrate + ")");
        }
        if (Double.isInfinite(km) || km <= 0) {
            return Optional.of("Km must be > 0 and finite (got " + km + ")");
        }
        return Optional.empty();
    }

    /**
     * @param substrate [S]
     * @param km Km in the unit of [S]
     * @return the Cheng-Prusoff factor 1 + [S]/Km (IC50 = Ki * factor)
     */
    public static double factor(final double substrate, final double km) {
        return 1.0 + substrate / km;
    }

    /**
     * @param ic50 IC50 on a linear scale (any unit)
     * @param substrate [S]
     * @param km Km in the unit of [S]
     * @return Ki in the unit of ic50
     */
    public static double ki(final double ic50, final double substrate, final double km) {
        return ic50 / factor(substrate, km);
    }

    /**
     * @param ki Ki on a linear scale (any unit)
     * @param substrate [S]
     * @param km Km in the unit of [S]
     * @return IC50 at that [S], in the unit of ki
     */
    public static double ic50(final double ki, final double substrate, final double km) {
        return ki * factor(substrate, km);
    }
}
