package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.BufferedDataContainer}: a {@link DataContainer} whose table is a
 * {@link BufferedDataTable}. Created by {@link ExecutionContext#createDataContainer(DataTableSpec)}.
 */
public class BufferedDataContainer extends DataContainer {

    private BufferedDataTable m_table;

    BufferedDataContainer(final DataTableSpec spec) {
        super(spec);
    }

    /** @return the table of all rows added; the container must be closed */
    @Override
    public BufferedDataTable getTable() {
        if (m_table == null) {
            List<DataRow> rows = new ArrayList<>();
            super.getTable().forEach(rows::add);
            m_table = new BufferedDataTable(getTableSpec(), rows);
        }
        return m_table;
    }
}
