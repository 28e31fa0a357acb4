package org.jakstat.core.selectivity;

import java.util.Objects;
import java.util.Optional;

import org.jakstat.core.potency.PotencyConversion;
import org.jakstat.core.potency.PotencyScale;

/**
 * The potency of one compound on one panel kinase after conversion to the compared value type (see
 * {@link SelectivityProfile#comparedAs()}) and pooling of replicate measurements.
 *
 * @param kinase the kinase, spelled as in the panel
 * @param molar the potency in M with its qualifier
 * @param reported the potency in the settings' output unit (e.g. nM), same qualifier
 * @param pX -log10 of the molar potency (pIC50, pKi or pKd); the qualifier is mirrored ('&gt;400 nM' is '&lt;6.40')
 * @param measurementCount how many measurements were pooled into this potency
 */
public record KinasePotency(String kinase, CensoredValue molar, CensoredValue reported, CensoredValue pX,
    int measurementCount) {

    /** Requires the parts and a positive molar value. */
    public KinasePotency {
        Objects.requireNonNull(kinase, "kinase");
        Objects.requireNonNull(molar, "molar");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(pX, "pX");
        if (!(molar.value() > 0)) {
            throw new IllegalArgumentException("a potency must be > 0 M, got " + molar);
        }
        if (measurementCount < 1) {
            throw new IllegalArgumentException("a potency comes from at least one measurement");
        }
    }

    /**
     * Builds the reported and pX values from a molar potency, through {@link PotencyConversion} so that units and
     * qualifiers follow the same rules everywhere.
     *
     * @param kinase kinase name
     * @param molar potency in M
     * @param outputScale linear output unit
     * @param measurementCount pooled measurement count
     * @return the potency, or empty when it cannot be written in the output unit (beyond the range of a double)
     */
    static Optional<KinasePotency> fromMolar(final String kinase, final CensoredValue molar,
        final PotencyScale outputScale, final int measurementCount) {
        var reported = PotencyConversion.between(PotencyScale.M, outputScale).apply(molar.value(),
            molar.qualifier());
        var px = PotencyConversion.between(PotencyScale.M, PotencyScale.P_X).apply(molar.value(), molar.qualifier());
        if (!reported.isValid() || !px.isValid()) {
            return Optional.empty();
        }
        return Optional.of(new KinasePotency(kinase, molar, new CensoredValue(reported.value(),
            reported.qualifier()), new CensoredValue(px.value(), px.qualifier()), measurementCount));
    }
}
