package org.jakstat.core.selectivity;

import java.util.Objects;
import java.util.OptionalDouble;

import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.potency.Qualifier;

/**
 * One potency measurement of one compound on one kinase, as read from a table row.
 *
 * <p>The record only requires its parts to be present: a missing or impossible value (NaN, &lt;= 0 on a linear
 * scale), a blank kinase name or unusable assay conditions are data problems the {@link SelectivityScorer} reports
 * in the profile's notes, never exceptions.
 *
 * @param kinase the kinase (target) name, e.g. "JAK1"; matched to the panel case-insensitively
 * @param value the potency on {@code scale}
 * @param scale the scale of {@code value}: a molar unit (M, mM, uM, nM, pM), pX or log10 M
 * @param qualifier the censoring qualifier ('=' when the value is an estimate)
 * @param valueType IC50, Ki or Kd
 * @param atpMolar the assay [ATP] in M, when stated (needed to compare IC50s across ATP conditions)
 * @param kmAtpMolar the kinase's Km,ATP in M for this assay, when stated; overrides the per-kinase table in
 *            {@link SelectivitySettings#kmAtpMolarByKinase()}
 */
public record KinaseMeasurement(String kinase, double value, PotencyScale scale, Qualifier qualifier,
    ValueType valueType, OptionalDouble atpMolar, OptionalDouble kmAtpMolar) {

    /** Requires every part to be present (not null); values are checked by the scorer. */
    public KinaseMeasurement {
        Objects.requireNonNull(kinase, "kinase");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(atpMolar, "atpMolar");
        Objects.requireNonNull(kmAtpMolar, "kmAtpMolar");
    }

    /**
     * A measurement without assay conditions.
     *
     * @param kinase kinase name
     * @param value potency on {@code scale}
     * @param scale scale of the value
     * @param qualifier censoring qualifier
     * @param valueType IC50, Ki or Kd
     * @return the measurement
     */
    public static KinaseMeasurement of(final String kinase, final double value, final PotencyScale scale,
        final Qualifier qualifier, final ValueType valueType) {
        return new KinaseMeasurement(kinase, value, scale, qualifier, valueType, OptionalDouble.empty(),
            OptionalDouble.empty());
    }

    /**
     * @param atp the assay [ATP] in M
     * @return this measurement with the stated [ATP]
     */
    public KinaseMeasurement withAtpMolar(final double atp) {
        return new KinaseMeasurement(kinase, value, scale, qualifier, valueType, OptionalDouble.of(atp), kmAtpMolar);
    }

    /**
     * @param km the kinase's Km,ATP in M
     * @return this measurement with the stated Km,ATP
     */
    public KinaseMeasurement withKmAtpMolar(final double km) {
        return new KinaseMeasurement(kinase, value, scale, qualifier, valueType, atpMolar, OptionalDouble.of(km));
    }
}
