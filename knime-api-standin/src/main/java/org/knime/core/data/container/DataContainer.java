package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.container.DataContainer}: collects rows in memory. Each added row
 * must have one cell per column, cells compatible with the column types (or missing) and a new row key. After
 * {@link #close()} the rows are available as a table. Simplifications: no buffering to disk, no domain
 * computation, not {@code AutoCloseable} (as in KNIME).
 */
public class DataContainer implements RowAppender {

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows = new ArrayList<>();

    private final Set<String> m_keys = new HashSet<>();

    private boolean m_closed;

    /** @param spec the spec of the rows to add */
    public DataContainer(final DataTableSpec spec) {
        if (spec == null) {
            throw new NullPointerException("Spec must not be null!");
        }
        m_spec = spec;
    }

    /**
     * @param spec the spec of the rows to add
     * @param initDomain ignored (the stand-in computes no domains)
     */
    public DataContainer(final DataTableSpec spec, final boolean initDomain) {
        this(spec);
    }

    @Override
    public void addRowToTable(final DataRow row) {
        if (m_closed) {
            throw new IllegalStateException("Cannot add rows to container: Container is closed.");
        }
        if (row.getNumCells() != m_spec.getNumColumns()) {
            throw new IllegalArgumentException("Cell count in row \"" + row.getKey()
                + "\" is not equal to length of column names array: " + row.getNumCells() + " vs. "
                + m_spec.getNumColumns());
        }
        for (int i = 0; i < row.getNumCells(); i++) {
            DataCell cell = row.getCell(i);
            DataColumnSpec col = m_spec.getColumnSpec(i);
            if (cell == null) {
                throw new NullPointerException("Cell " + i + " in row \"" + row.getKey() + "\" is null");
            }
            if (!cell.isMissing() && !col.getType().isASuperTypeOf(cell.getType())) {
                throw new IllegalArgumentException("Runtime class of object \"" + cell + "\" (index " + i
                    + ") in row \"" + row.getKey() + "\" is " + cell.getType() + " and does not comply with its "
                    + "supposed superclass " + col.getType());
            }
        }
        if (!m_keys.add(row.getKey().getString())) {
            throw new IllegalArgumentException("Encountered duplicate row ID \"" + row.getKey() + "\"");
        }
        m_rows.add(row);
    }

    /** Closes the container; the rows become the table. Idempotent. */
    public void close() {
        m_closed = true;
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return m_closed;
    }

    /** @return whether rows can still be added */
    public boolean isOpen() {
        return !m_closed;
    }

    /** @return the number of rows added so far */
    public long size() {
        return m_rows.size();
    }

    /** @return the spec */
    public DataTableSpec getTableSpec() {
        return m_spec;
    }

    /** @return the rows as a table; the container must be closed */
    public DataTable getTable() {
        if (!m_closed) {
            throw new IllegalStateException("Cannot get table: container is not closed.");
        }
        List<DataRow> rows = Collections.unmodifiableList(m_rows);
        return new DataTable() {

            @Override
            public DataTableSpec getDataTableSpec() {
                return m_spec;
            }

            @Override
            public RowIterator iterator() {
                return CloseableRowIterator.from(rows.iterator());
            }
        };
    }
}
