package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.container.SingleCellFactory}: a factory for exactly one column;
 * implement {@link #getCell(DataRow)} or {@link #getCell(DataRow, long)} (both concrete since KNIME 5.0).
 */
public abstract class SingleCellFactory extends AbstractCellFactory {

    /** @param newColSpec the produced column */
    public SingleCellFactory(final DataColumnSpec newColSpec) {
        super(newColSpec);
    }

    /**
     * @param processConcurrently recorded only
     * @param newColSpec the produced column
     */
    public SingleCellFactory(final boolean processConcurrently, final DataColumnSpec newColSpec) {
        super(processConcurrently, newColSpec);
    }

    /**
     * @param processConcurrently recorded only
     * @param workerCount recorded only
     * @param maxQueueSize recorded only
     * @param newColSpec the produced column
     */
    public SingleCellFactory(final boolean processConcurrently, final int workerCount, final int maxQueueSize,
        final DataColumnSpec newColSpec) {
        super(processConcurrently, workerCount, maxQueueSize, newColSpec);
    }

    @Override
    public DataCell[] getCells(final DataRow row, final long rowIndex) {
        return new DataCell[]{getCell(row, rowIndex)};
    }

    /**
     * @param row the input row
     * @return the new cell
     */
    public DataCell getCell(final DataRow row) {
        throw new UnsupportedOperationException(
            "No implementation for either of the SingleCellFactory#getCell methods provided.");
    }

    /**
     * @param row the input row
     * @param rowIndex its 0-based index
     * @return the new cell; delegates to {@link #getCell(DataRow)} by default
     */
    public DataCell getCell(final DataRow row, final long rowIndex) {
        return getCell(row);
    }
}
