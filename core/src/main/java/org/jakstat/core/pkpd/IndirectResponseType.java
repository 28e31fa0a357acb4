package org.jakstat.core.pkpd;

/**
 * The four basic indirect response models (Dayneka, Garg &amp; Jusko 1993, J Pharmacokinet Biopharm 21:457;
 * Jusko &amp; Ko 1994, Clin Pharmacol Ther 56:406), with I(C) = Imax C^h/(IC50^h + C^h) and
 * S(C) = Smax C^h/(SC50^h + C^h).
 */
public enum IndirectResponseType {
    /** Model I, inhibition of production: {@code dR/dt = kin (1 - I(C)) - kout R}; R falls. */
    INHIBIT_PRODUCTION(true),
    /** Model II, inhibition of loss: {@code dR/dt = kin - kout (1 - I(C)) R}; R rises. */
    INHIBIT_LOSS(true),
    /** Model III, stimulation of production: {@code dR/dt = kin (1 + S(C)) - kout R}; R rises. */
    STIMULATE_PRODUCTION(false),
    /** Model IV, stimulation of loss: {@code dR/dt = kin - kout (1 + S(C)) R}; R falls. */
    STIMULATE_LOSS(false);

    private final boolean m_inhibitory;

    IndirectResponseType(final boolean inhibitory) {
        m_inhibitory = inhibitory;
    }

    /** @return true for models I and II, whose drug term is a fraction Imax in [0, 1] */
    public boolean isInhibitory() {
        return m_inhibitory;
    }
}
