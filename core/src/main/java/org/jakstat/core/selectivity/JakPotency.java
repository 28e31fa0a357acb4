package org.jakstat.core.selectivity;

import java.util.List;
import java.util.Objects;

/**
 * The enzyme (or any free-concentration) potency of a compound on one JAK, for pathway coverage.
 *
 * @param jak the JAK name, matched to pathway tables case-insensitively
 * @param molar the potency in M (IC50, Ki or Kd) with its qualifier, against free drug
 */
public record JakPotency(String jak, CensoredValue molar) {

    /** Requires a name and a positive potency. */
    public JakPotency {
        Objects.requireNonNull(jak, "jak");
        Objects.requireNonNull(molar, "molar");
        if (!(molar.value() > 0)) {
            throw new IllegalArgumentException("potency of " + jak + " must be > 0 M, got " + molar);
        }
    }

    /**
     * @param profile a scored selectivity profile
     * @return its potency per kinase (on its compared value type), for pathway coverage
     */
    public static List<JakPotency> fromProfile(final SelectivityProfile profile) {
        return profile.potencies().stream().map(p -> new JakPotency(p.kinase(), p.molar())).toList();
    }
}
