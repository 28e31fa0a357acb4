package org.jakstat.core.pkpd;

/**
 * Effect-compartment (link) model for a delay between plasma concentration and effect: a hypothetical
 * compartment with negligible mass, {@code dCe/dt = ke0 (C - Ce)}, Ce(0) = 0, drives a direct model
 * {@code E = f(Ce)} (Sheiner, Stanski, Vozeh, Miller &amp; Ham 1979, Clin Pharmacol Ther 25:358).
 * The equilibration half-life is ln 2 / ke0.
 *
 * @param ke0 equilibration rate constant [1/h], &gt; 0
 * @param link the direct model applied to Ce (free concentration units, M)
 */
public record EffectCompartment(double ke0, DirectEffect link) implements PdModel {

    /** Validates the parameters. */
    public EffectCompartment {
        ParameterChecks.positive("ke0 [1/h]", ke0);
        if (link == null) {
            throw new IllegalArgumentException("the effect-compartment model needs a direct effect model for Ce");
        }
    }

    @Override
    public double baseline() {
        return link.baseline();
    }
}
