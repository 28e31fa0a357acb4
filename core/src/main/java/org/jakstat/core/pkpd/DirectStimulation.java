package org.jakstat.core.pkpd;

/**
 * Direct sigmoid Emax model {@code E = E0 + Emax C^h / (EC50^h + C^h)} (Holford &amp; Sheiner 1981, Clin
 * Pharmacokinet 6:429; Gabrielsson &amp; Weiner, 5th ed., 2016). Emax is in the unit of the response;
 * it may be negative for a falling response.
 *
 * @param e0 baseline response, finite
 * @param emax maximal change from baseline, finite
 * @param ec50Molar EC50 [M], &gt; 0
 * @param hill Hill coefficient in (0, 20]
 */
public record DirectStimulation(double e0, double emax, double ec50Molar, double hill) implements DirectEffect {

    /** Validates the parameters. */
    public DirectStimulation {
        ParameterChecks.within("baseline E0", e0, -Double.MAX_VALUE, Double.MAX_VALUE);
        ParameterChecks.within("Emax", emax, -Double.MAX_VALUE, Double.MAX_VALUE);
        new SigmoidHill(1.0, ec50Molar, hill);
    }

    @Override
    public double baseline() {
        return e0;
    }

    @Override
    public double effectAt(final double freeMolar) {
        return e0 + emax * new SigmoidHill(1.0, ec50Molar, hill).valueAt(freeMolar);
    }
}
