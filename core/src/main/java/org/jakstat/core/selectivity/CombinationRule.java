package org.jakstat.core.selectivity;

/**
 * How the inhibition of a pathway's JAKs combines into inhibition of the pathway, from the fraction f of each JAK
 * the inhibitor occupies (Hill model, {@link PathwayCoverage}).
 */
public enum CombinationRule {
    /**
     * Signalling needs every JAK of the receptor complex, so blocking any one blocks the complex: the pathway is
     * inhibited by 1 - &Pi;(1 - f<sub>i</sub>), over the complex's JAKs with multiplicity (a JAK2 homodimer gives
     * 1 - (1 - f)<sup>2</sup>). Assumes the JAKs are occupied independently and that one occupied JAK silences
     * its complex completely. The upper of the two estimates.
     */
    EITHER_JAK_BLOCKS("either JAK blocks"),
    /**
     * The pathway is inhibited as much as its most inhibited JAK: max(f<sub>i</sub>). Assumes occupancy of the
     * JAKs is not independent (the complex is silenced through one limiting JAK), or that the less inhibited JAK
     * can carry the signal alone. The lower of the two estimates; a homodimer gives f.
     */
    MOST_POTENT_JAK_DOMINATES("most potent JAK dominates");

    private final String m_label;

    CombinationRule(final String label) {
        m_label = label;
    }

    /** @return the label used in settings and dialogs */
    public String label() {
        return m_label;
    }

    /**
     * @param label a label as returned by {@link #label()} or a constant name
     * @return the rule, or empty when unknown
     */
    public static java.util.Optional<CombinationRule> parse(final String label) {
        for (CombinationRule r : values()) {
            if (r.m_label.equals(label) || r.name().equals(label)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
