package org.jakstat.core.selectivity;

import java.util.Objects;

/**
 * A measured cellular IC50 of a compound for one cytokine pathway (e.g. IL-6-induced pSTAT3 in whole blood). It
 * takes precedence over the estimate from enzyme potencies for that pathway.
 *
 * @param cytokine the pathway's cytokine, matched to the pathway table case-insensitively
 * @param molar the IC50 in M with its qualifier
 * @param hillSlope the Hill slope of the concentration-response (h &gt; 0; 1 when unknown)
 * @param basis whether the IC50 refers to free or total concentration (whole blood: total)
 */
public record CellularPathwayIc50(String cytokine, CensoredValue molar, double hillSlope, ConcentrationBasis basis) {

    /** Requires the parts, a positive IC50 and a positive finite Hill slope. */
    public CellularPathwayIc50 {
        Objects.requireNonNull(cytokine, "cytokine");
        Objects.requireNonNull(molar, "molar");
        Objects.requireNonNull(basis, "basis");
        if (!(molar.value() > 0)) {
            throw new IllegalArgumentException("cellular IC50 for " + cytokine + " must be > 0 M, got " + molar);
        }
        if (!(hillSlope > 0) || Double.isInfinite(hillSlope)) {
            throw new IllegalArgumentException("Hill slope for " + cytokine + " must be finite and > 0, got "
                + hillSlope);
        }
    }
}
