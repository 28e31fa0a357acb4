package org.jakstat.core.table;

import java.util.List;
import java.util.Objects;

/**
 * One row of a result table: one value per column of its {@link TableLayout}, in column order. Build rows with
 * {@link TableLayout#row(List)}, which checks them against the layout.
 *
 * @param values the values (copied)
 */
public record ResultRow(List<ResultValue> values) {

    /** Requires the values and copies them. */
    public ResultRow {
        Objects.requireNonNull(values, "values");
        values = List.copyOf(values);
    }

    /**
     * @param column a column index
     * @return the value in that column
     */
    public ResultValue value(final int column) {
        return values.get(column);
    }
}
