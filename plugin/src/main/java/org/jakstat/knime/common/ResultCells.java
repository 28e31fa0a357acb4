package org.jakstat.knime.common;

import org.jakstat.core.table.ResultColumn;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.MissingCell;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;

/**
 * Writes core's result tables ({@link TableLayout}, {@link ResultRow}) as KNIME tables: numbers as double cells,
 * whole numbers as integer cells, texts as string cells, and a missing value as a missing cell that carries its
 * reason ({@code new MissingCell(reason)}), so KNIME shows why it is missing.
 */
public final class ResultCells {

    private ResultCells() {
    }

    /**
     * @param layout a result table's columns
     * @return the KNIME spec of that table
     */
    public static DataTableSpec spec(final TableLayout layout) {
        return new DataTableSpec(layout.columns().stream()
            .map(c -> new DataColumnSpecCreator(c.name(), type(c)).createSpec()).toArray(DataColumnSpec[]::new));
    }

    private static DataType type(final ResultColumn column) {
        switch (column.kind()) {
            case NUMBER:
                return DoubleCell.TYPE;
            case INTEGER:
                return IntCell.TYPE;
            default:
                return StringCell.TYPE;
        }
    }

    /**
     * @param key the row key
     * @param row a result row
     * @return the KNIME row
     */
    public static DataRow row(final RowKey key, final ResultRow row) {
        return new DefaultRow(key, row.values().stream().map(ResultCells::cell).toArray(DataCell[]::new));
    }

    /**
     * @param value a result value
     * @return its KNIME cell
     */
    public static DataCell cell(final ResultValue value) {
        if (value instanceof ResultValue.NumberValue n) {
            return new DoubleCell(n.value());
        }
        if (value instanceof ResultValue.IntegerValue i) {
            return new IntCell(i.value());
        }
        if (value instanceof ResultValue.TextValue t) {
            return new StringCell(t.text());
        }
        return ((ResultValue.MissingValue)value).reason().<DataCell> map(MissingCell::new)
            .orElseGet(DataType::getMissingCell);
    }
}
