package org.jakstat.core.selectivity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Predicted inhibition of one pathway at one concentration.
 *
 * @param cytokine the pathway
 * @param concentration the label of the concentration (e.g. "Cmax")
 * @param totalMolar total concentration in M
 * @param freeMolar free concentration in M (fraction unbound x total)
 * @param percentInhibition predicted % inhibition of signalling (0-100) with its qualifier, empty when undetermined
 * @param source where the prediction comes from
 * @param notes censoring, missing potencies, assumptions
 */
public record PathwayInhibition(String cytokine, String concentration, double totalMolar, double freeMolar,
    Optional<CensoredValue> percentInhibition, PotencySource source, List<String> notes) {

    /** Requires the parts and copies the notes. */
    public PathwayInhibition {
        Objects.requireNonNull(cytokine, "cytokine");
        Objects.requireNonNull(concentration, "concentration");
        Objects.requireNonNull(percentInhibition, "percentInhibition");
        Objects.requireNonNull(source, "source");
        notes = List.copyOf(notes);
    }
}
