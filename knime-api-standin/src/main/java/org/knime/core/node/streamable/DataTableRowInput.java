package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.DataTableRowInput}: a table as row input. */
public class DataTableRowInput extends RowInput {

    private final DataTableSpec m_spec;

    private final RowIterator m_iterator;

    private final long m_rowCount;

    /** @param table the rows to deliver */
    public DataTableRowInput(final DataTable table) {
        m_spec = table.getDataTableSpec();
        m_iterator = table.iterator();
        m_rowCount = table instanceof BufferedDataTable b ? b.size() : -1;
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return m_spec;
    }

    @Override
    public DataRow poll() throws InterruptedException {
        return m_iterator.hasNext() ? m_iterator.next() : null;
    }

    @Override
    public void close() {
        if (m_iterator instanceof CloseableRowIterator c) {
            c.close();
        }
    }

    /** @return the number of rows if known (buffered tables), else -1 */
    public long getRowCount() {
        return m_rowCount;
    }
}
