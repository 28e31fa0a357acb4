package org.knime.core.node;

import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.BufferedDataTable}: the table type passed between nodes. Created
 * only through {@link ExecutionContext} and {@link BufferedDataContainer}; the stand-in keeps all rows in memory.
 */
public final class BufferedDataTable implements DataTable, PortObject {

    /** The data port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class);

    /** The optional data port type. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class, true);

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows;

    BufferedDataTable(final DataTableSpec spec, final List<DataRow> rows) {
        m_spec = spec;
        m_rows = List.copyOf(rows);
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return m_spec;
    }

    @Override
    public DataTableSpec getSpec() {
        return m_spec;
    }

    @Override
    public String getSummary() {
        return "Rows: " + m_rows.size() + ", Cols: " + m_spec.getNumColumns();
    }

    @Override
    public CloseableRowIterator iterator() {
        return CloseableRowIterator.from(m_rows.iterator());
    }

    /** @return the number of rows */
    public long size() {
        return m_rows.size();
    }

    /**
     * @return the number of rows
     * @deprecated use {@link #size()}
     */
    @Deprecated
    public int getRowCount() {
        return m_rows.size();
    }
}
