package org.jakstat.core.selectivity;

import java.util.List;
import java.util.Objects;

/**
 * The pathway coverage of one compound: one row per pathway (and concentration), plus notes about the input as a
 * whole, such as a cellular IC50 for a cytokine the pathway table does not have.
 *
 * @param <R> the row type: {@link PathwayInhibition} or {@link PathwayTimeCoverage}
 * @param compound the compound
 * @param rows the rows, pathways in table order
 * @param notes notes about the whole input; empty when nothing to say
 */
public record PathwayCoverageReport<R>(String compound, List<R> rows, List<String> notes) {

    /** Requires the parts and copies the lists. */
    public PathwayCoverageReport {
        Objects.requireNonNull(compound, "compound");
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}
