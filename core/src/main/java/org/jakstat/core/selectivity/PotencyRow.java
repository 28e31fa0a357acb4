package org.jakstat.core.selectivity;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The cells of one row of a long potency table as a reader found them, before {@link LongPotencyTable} judges them:
 * texts where the table may hold anything, numbers where it holds numbers.
 *
 * @param kinase the kinase name; empty text when the cell is missing
 * @param value the potency; NaN when the cell is missing
 * @param qualifier the qualifier text; empty when there is no qualifier column or the cell is missing ('=')
 * @param valueType the value type text when a value type column is read (empty text for a missing cell); empty to use
 *            the value type setting
 * @param unit the unit text when a unit column is read (empty text for a missing cell); empty to use the unit
 *            setting
 * @param atp the assay [ATP] in the [ATP] unit; empty when there is no [ATP] column or the cell is missing
 * @param kmAtp the Km,ATP in the [ATP] unit; empty when there is no Km,ATP column or the cell is missing
 */
public record PotencyRow(String kinase, double value, Optional<String> qualifier, Optional<String> valueType,
    Optional<String> unit, OptionalDouble atp, OptionalDouble kmAtp) {

    /** Requires every part to be present (not null). */
    public PotencyRow {
        Objects.requireNonNull(kinase, "kinase");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(atp, "atp");
        Objects.requireNonNull(kmAtp, "kmAtp");
    }
}
