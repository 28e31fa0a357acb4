package org.knime.core.data;

import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Stand-in for KNIME's {@code org.knime.core.data.DataRow}: a row key and a fixed number of cells. */
public interface DataRow extends Iterable<DataCell> {

    /** @return the number of cells */
    int getNumCells();

    /** @return the row key */
    RowKey getKey();

    /**
     * @param index a cell index
     * @return the cell
     */
    DataCell getCell(int index);

    /** @return the cells as a stream */
    default Stream<DataCell> stream() {
        return StreamSupport.stream(spliterator(), false);
    }
}
