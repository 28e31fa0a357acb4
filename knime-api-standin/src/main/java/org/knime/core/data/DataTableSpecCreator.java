package org.knime.core.data;

import java.util.ArrayList;
import java.util.List;

/** Stand-in for KNIME's {@code org.knime.core.data.DataTableSpecCreator}: builds {@link DataTableSpec}s. */
public final class DataTableSpecCreator {

    private String m_name;

    private final List<DataColumnSpec> m_columns = new ArrayList<>();

    /** Starts with no columns and the default name. */
    public DataTableSpecCreator() {
        m_name = null;
    }

    /** @param spec a spec whose name and columns to start from */
    public DataTableSpecCreator(final DataTableSpec spec) {
        m_name = spec.getName();
        spec.forEach(m_columns::add);
    }

    /**
     * @param index a column index
     * @param columnSpec the replacement
     * @return this
     */
    public DataTableSpecCreator replaceColumn(final int index, final DataColumnSpec columnSpec) {
        m_columns.set(index, columnSpec);
        return this;
    }

    /**
     * @param columnSpecs columns to append
     * @return this
     */
    public DataTableSpecCreator addColumns(final DataColumnSpec... columnSpecs) {
        m_columns.addAll(List.of(columnSpecs));
        return this;
    }

    /**
     * @param spec whose columns to append
     * @return this
     */
    public DataTableSpecCreator addColumns(final DataTableSpec spec) {
        spec.forEach(m_columns::add);
        return this;
    }

    /**
     * @param name the table name
     * @return this
     */
    public DataTableSpecCreator setName(final String name) {
        m_name = name;
        return this;
    }

    /** @return this, without columns */
    public DataTableSpecCreator dropAllColumns() {
        m_columns.clear();
        return this;
    }

    /** @return a new spec (fails on duplicate names) */
    public DataTableSpec createSpec() {
        return new DataTableSpec(m_name, m_columns.toArray(new DataColumnSpec[0]));
    }
}
