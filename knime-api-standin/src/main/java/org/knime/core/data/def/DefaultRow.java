package org.knime.core.data.def;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** Stand-in for KNIME's {@code org.knime.core.data.def.DefaultRow}: an immutable row of cells. */
public class DefaultRow implements DataRow {

    private final RowKey m_key;

    private final DataCell[] m_cells;

    /**
     * @param rowKey the key
     * @param row the cells (none null)
     */
    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        if (rowKey == null) {
            throw new NullPointerException("Row key must not be null.");
        }
        m_key = rowKey;
        m_cells = row.clone();
        for (DataCell c : m_cells) {
            if (c == null) {
                throw new NullPointerException("Cell must not be null.");
            }
        }
    }

    /**
     * @param rowKey the key
     * @param row the cells
     */
    public DefaultRow(final String rowKey, final DataCell... row) {
        this(new RowKey(rowKey), row);
    }

    /**
     * @param rowKey the key
     * @param row the cells
     */
    public DefaultRow(final String rowKey, final List<DataCell> row) {
        this(new RowKey(rowKey), row);
    }

    /**
     * @param rowKey the key
     * @param row the cells
     */
    public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
        this(rowKey, row.toArray(new DataCell[0]));
    }

    /**
     * @param rowKey the key
     * @param row values for double cells
     */
    public DefaultRow(final RowKey rowKey, final double... row) {
        this(rowKey, Arrays.stream(row).mapToObj(DoubleCell::new).toArray(DataCell[]::new));
    }

    /**
     * @param rowKey the key
     * @param row values for double cells
     */
    public DefaultRow(final String rowKey, final double... row) {
        this(new RowKey(rowKey), row);
    }

    /**
     * @param rowKey the key
     * @param row values for int cells
     */
    public DefaultRow(final String rowKey, final int... row) {
        this(new RowKey(rowKey), row);
    }

    /**
     * @param rowKey the key
     * @param row values for int cells
     */
    public DefaultRow(final RowKey rowKey, final int... row) {
        this(rowKey, Arrays.stream(row).mapToObj(IntCell::new).toArray(DataCell[]::new));
    }

    /**
     * @param rowKey the key
     * @param row values for string cells
     */
    public DefaultRow(final String rowKey, final String... row) {
        this(new RowKey(rowKey), row);
    }

    /**
     * @param rowKey the key
     * @param row values for string cells
     */
    public DefaultRow(final RowKey rowKey, final String... row) {
        this(rowKey, Arrays.stream(row).map(StringCell::new).toArray(DataCell[]::new));
    }

    /**
     * @param rowKey the new key
     * @param row a row whose cells to take
     */
    public DefaultRow(final String rowKey, final DataRow row) {
        this(new RowKey(rowKey), row);
    }

    /**
     * @param rowKey the new key
     * @param row a row whose cells to take
     */
    public DefaultRow(final RowKey rowKey, final DataRow row) {
        this(rowKey, cellsOf(row));
    }

    private static DataCell[] cellsOf(final DataRow row) {
        DataCell[] cells = new DataCell[row.getNumCells()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = row.getCell(i);
        }
        return cells;
    }

    @Override
    public final int getNumCells() {
        return m_cells.length;
    }

    @Override
    public final RowKey getKey() {
        return m_key;
    }

    @Override
    public final DataCell getCell(final int index) {
        return m_cells[index];
    }

    @Override
    public Iterator<DataCell> iterator() {
        return Arrays.asList(m_cells).iterator();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(m_key.toString()).append(": (");
        for (int i = 0; i < m_cells.length; i++) {
            b.append(i > 0 ? ", " : "").append(m_cells[i]);
        }
        return b.append(")").toString();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj == this
            || (obj instanceof DefaultRow r && r.m_key.equals(m_key) && Arrays.equals(r.m_cells, m_cells));
    }

    @Override
    public int hashCode() {
        return m_key.hashCode() ^ Arrays.hashCode(m_cells);
    }
}
