package org.jakstat.core.selectivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cytokine signalling pathway and the JAKs its receptor complex uses, one row of the (editable) pathway table.
 *
 * @param cytokine the stimulus, e.g. "IL-6"; also the name that cellular IC50s refer to
 * @param jaks the JAKs of the receptor complex, with multiplicity: a JAK2 homodimer is {@code [JAK2, JAK2]}
 *            (see {@link CombinationRule} for why multiplicity matters)
 * @param readout the usual phospho-STAT read-out, e.g. "pSTAT3" (informative only)
 * @param note anything a reader should know about the row, e.g. a JAK left out; may be empty
 */
public record CytokinePathway(String cytokine, List<String> jaks, String readout, String note) {

    /** Requires a cytokine name and at least one JAK name, and copies the list. */
    public CytokinePathway {
        Objects.requireNonNull(cytokine, "cytokine");
        Objects.requireNonNull(readout, "readout");
        Objects.requireNonNull(note, "note");
        jaks = List.copyOf(jaks);
        if (cytokine.isBlank()) {
            throw new IllegalArgumentException("a pathway needs a cytokine name");
        }
        if (jaks.isEmpty() || jaks.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("pathway " + cytokine + " needs at least one JAK and no blank names");
        }
    }

    /**
     * Reads a JAK list as written in pathway tables: names separated by '+', '/', ',' or ';', e.g. "JAK1 + JAK2",
     * "JAK2/JAK2". Parenthesised names ("JAK1 + JAK2 (+TYK2)") are optional contributors and are not included.
     *
     * @param text the JAK list
     * @return the JAK names, or empty when the text names none
     */
    public static Optional<List<String>> parseJaks(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        String withoutOptional = text.replaceAll("\\([^)]*\\)", " ");
        List<String> jaks = new ArrayList<>();
        for (String part : withoutOptional.split("[+/,;]")) {
            if (!part.isBlank()) {
                jaks.add(part.strip());
            }
        }
        return jaks.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(jaks));
    }
}
