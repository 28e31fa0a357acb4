package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.BufferedDataTableRowOutput}: rows into a table. */
public class BufferedDataTableRowOutput extends RowOutput {

    private final BufferedDataContainer m_container;

    /** @param bufferedDataContainer receives the rows */
    public BufferedDataTableRowOutput(final BufferedDataContainer bufferedDataContainer) {
        m_container = bufferedDataContainer;
    }

    @Override
    public void push(final DataRow row) throws InterruptedException {
        m_container.addRowToTable(row);
    }

    @Override
    public void close() {
        m_container.close();
    }

    /** @return the table of the pushed rows (after {@link #close()}) */
    public BufferedDataTable getDataTable() {
        return m_container.getTable();
    }
}
