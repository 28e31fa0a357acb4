package org.jakstat.core.selectivity;

import java.util.Objects;

/**
 * The on-target that folds are expressed over: a fixed kinase for every compound, or each compound's most potent
 * kinase.
 *
 * @param mode fixed kinase or most potent per compound
 * @param kinase the fixed kinase; empty string for {@link Mode#MOST_POTENT}
 */
public record ReferenceTarget(Mode mode, String kinase) {

    /** How the reference is chosen. */
    public enum Mode {
        /** the same kinase for every compound */
        FIXED,
        /** the kinase with the lowest potency value (see {@link SelectivityScorer} for censored values) */
        MOST_POTENT
    }

    /** Validates that a fixed reference names a kinase and a most-potent one does not. */
    public ReferenceTarget {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(kinase, "kinase");
        kinase = kinase.strip();
        if (mode == Mode.FIXED && kinase.isEmpty()) {
            throw new IllegalArgumentException("reference target: a fixed reference needs a kinase name");
        }
        if (mode == Mode.MOST_POTENT && !kinase.isEmpty()) {
            throw new IllegalArgumentException("reference target: 'most potent' takes no kinase name");
        }
    }

    /**
     * @param kinase the reference kinase, e.g. "JAK1"
     * @return a fixed reference
     */
    public static ReferenceTarget fixed(final String kinase) {
        return new ReferenceTarget(Mode.FIXED, kinase);
    }

    /** @return the most potent kinase of each compound as its reference */
    public static ReferenceTarget mostPotent() {
        return new ReferenceTarget(Mode.MOST_POTENT, "");
    }
}
