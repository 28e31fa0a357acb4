package org.jakstat.core.pkpd;

/**
 * A pharmacodynamic model driven by the free (unbound) plasma concentration in M. Implementations are
 * immutable parameter records; {@link EffectTimeCourseSolver} evaluates them over time.
 */
public sealed interface PdModel permits DirectEffect, EffectCompartment, IndirectResponse {

    /** @return the response without drug (E0 or R0 = kin/kout), in the response's own unit */
    double baseline();
}
