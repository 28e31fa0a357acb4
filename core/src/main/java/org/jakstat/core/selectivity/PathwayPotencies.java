package org.jakstat.core.selectivity;

import java.util.List;
import java.util.Objects;

/**
 * What is known about one compound's potency on the pathways: JAK potencies (from the scorer or typed in) and
 * measured cellular pathway IC50s, which take precedence where given.
 *
 * @param compound the compound
 * @param jaks potency per JAK, against free drug
 * @param cellular measured cellular pathway IC50s; may be empty
 */
public record PathwayPotencies(String compound, List<JakPotency> jaks, List<CellularPathwayIc50> cellular) {

    /** Requires the parts and copies the lists. */
    public PathwayPotencies {
        Objects.requireNonNull(compound, "compound");
        jaks = List.copyOf(jaks);
        cellular = List.copyOf(cellular);
    }

    /**
     * @param profile a scored selectivity profile
     * @return its JAK potencies, without cellular IC50s
     */
    public static PathwayPotencies fromProfile(final SelectivityProfile profile) {
        return new PathwayPotencies(profile.compound(), JakPotency.fromProfile(profile), List.of());
    }
}
