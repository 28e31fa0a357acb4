package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.container.CellFactory}: computes the new cells of a row for a
 * {@link ColumnRearranger}; implement one of the {@code getCells} methods.
 */
public interface CellFactory {

    /**
     * @param row the input row
     * @return one cell per column spec
     */
    default DataCell[] getCells(final DataRow row) {
        throw new UnsupportedOperationException(
            "No implementation for either of the CellFactory#getCells method provided.");
    }

    /**
     * @param row the input row
     * @param rowIndex its 0-based index
     * @return one cell per column spec; delegates to {@link #getCells(DataRow)} by default
     */
    default DataCell[] getCells(final DataRow row, final long rowIndex) {
        return getCells(row);
    }

    /** @return the specs of the produced columns */
    DataColumnSpec[] getColumnSpecs();

    /**
     * @param curRowNr rows processed
     * @param rowCount total rows
     * @param lastKey the last row's key
     * @param exec to report to
     * @deprecated as in KNIME; use the long variant
     */
    @Deprecated
    void setProgress(int curRowNr, int rowCount, RowKey lastKey, ExecutionMonitor exec);

    /**
     * @param curRowNr rows processed
     * @param rowCount total rows
     * @param lastKey the last row's key
     * @param exec to report to
     */
    default void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        setProgress((int)curRowNr, (int)Math.min(Integer.MAX_VALUE, rowCount), lastKey, exec);
    }
}
