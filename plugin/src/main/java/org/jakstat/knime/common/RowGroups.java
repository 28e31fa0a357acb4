package org.jakstat.knime.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.sort.BufferedDataTableSorter;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;

/**
 * The rows of a table in groups of equal key cells (e.g. one dose-response curve per compound and target), streamed
 * one group at a time so a node never holds more than one group as Java objects.
 *
 * <p>Streaming needs each group's rows to be contiguous. {@link #contiguous} makes them so at the lowest cost: one
 * pass over the key cells (constant memory) tells whether the table is already ordered by the keys; only if not, it
 * is sorted with KNIME's {@link BufferedDataTableSorter}, which sorts on disk in bounded memory. Both use the same
 * order ({@link #keyOrder}), so an ordered input and a shuffled one give the same groups in the same order (rows
 * of one group keep their input order: the sort is stable).
 *
 * <p>Key order: per key column, a missing cell first, then numbers (and booleans) by value, strings by
 * {@link String#compareTo} (as KNIME's string comparator), other cells by their text. Two rows are in the same
 * group when all their key cells compare equal.
 */
public final class RowGroups implements AutoCloseable {

    private final CloseableRowIterator m_rows;

    private final Comparator<DataRow> m_order;

    private DataRow m_next;

    private RowGroups(final BufferedDataTable table, final int[] keyColumns) {
        m_rows = table.iterator();
        m_order = keyOrder(keyColumns);
        m_next = m_rows.hasNext() ? m_rows.next() : null;
    }

    /**
     * @param contiguousTable a table whose groups are contiguous (see {@link #contiguous})
     * @param keyColumns the indices of the key columns; none: the whole table is one group
     * @return a stream of its groups; close it
     */
    public static RowGroups of(final BufferedDataTable contiguousTable, final int[] keyColumns) {
        return new RowGroups(contiguousTable, keyColumns.clone());
    }

    /**
     * @return the next group's rows in table order, or null after the last group (an empty table has none)
     */
    public List<DataRow> next() {
        if (m_next == null) {
            return null;
        }
        List<DataRow> group = new ArrayList<>();
        DataRow first = m_next;
        group.add(first);
        m_next = null;
        while (m_rows.hasNext()) {
            DataRow r = m_rows.next();
            if (m_order.compare(first, r) != 0) {
                m_next = r;
                break;
            }
            group.add(r);
        }
        return group;
    }

    @Override
    public void close() {
        m_rows.close();
    }

    /**
     * @param table a table
     * @param keyColumns the key column indices
     * @param exec for progress (the sort's share) and cancellation
     * @return the table itself when it is already ordered by the keys, else the table sorted by them
     * @throws CanceledExecutionException when canceled
     */
    public static BufferedDataTable contiguous(final BufferedDataTable table, final int[] keyColumns,
        final ExecutionContext exec) throws CanceledExecutionException {
        if (isOrdered(table, keyColumns, exec.createSubProgress(0.1))) {
            exec.setProgress(1.0);
            return table;
        }
        return new BufferedDataTableSorter(table, keyOrder(keyColumns)).sort(exec.createSubExecutionContext(0.9));
    }

    /**
     * One pass over the table comparing each row's key cells with the previous row's: constant memory.
     *
     * @param table a table
     * @param keyColumns the key column indices
     * @param exec for progress and cancellation
     * @return true when no row's key is smaller than its predecessor's (so every group is contiguous)
     * @throws CanceledExecutionException when canceled
     */
    public static boolean isOrdered(final BufferedDataTable table, final int[] keyColumns,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        if (keyColumns.length == 0) {
            return true;
        }
        Comparator<DataRow> order = keyOrder(keyColumns);
        long n = Math.max(1, table.size());
        long i = 0;
        try (CloseableRowIterator it = table.iterator()) {
            DataRow previous = null;
            while (it.hasNext()) {
                DataRow r = it.next();
                if (previous != null && order.compare(previous, r) > 0) {
                    return false;
                }
                previous = r;
                if (++i % 4096 == 0) {
                    exec.checkCanceled();
                    exec.setProgress(i / (double)n);
                }
            }
        }
        return true;
    }

    /**
     * @param keyColumns the key column indices, in priority order
     * @return the order of rows by their key cells (see the class comment)
     */
    public static Comparator<DataRow> keyOrder(final int[] keyColumns) {
        int[] keys = keyColumns.clone();
        return (a, b) -> {
            for (int k : keys) {
                int c = compareCells(a.getCell(k), b.getCell(k));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    private static int compareCells(final DataCell a, final DataCell b) {
        if (a.isMissing() || b.isMissing()) {
            return Boolean.compare(!a.isMissing(), !b.isMissing());
        }
        if (a instanceof DoubleValue da && b instanceof DoubleValue db) {
            return Double.compare(da.getDoubleValue(), db.getDoubleValue());
        }
        if (a instanceof BooleanValue ba && b instanceof BooleanValue bb) {
            return Boolean.compare(ba.getBooleanValue(), bb.getBooleanValue());
        }
        if (a instanceof StringValue sa && b instanceof StringValue sb) {
            return sa.getStringValue().compareTo(sb.getStringValue());
        }
        return a.toString().compareTo(b.toString());
    }
}
