package org.knime.core.data.sort;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.sort.BufferedDataTableSorter}: sorts a table in memory with a
 * stable sort. Sorting by columns compares cells of the same class by their natural value (numbers as doubles,
 * strings lexicographically, booleans false &lt; true) and otherwise by {@code toString}; missing cells are smaller
 * than any value (first when ascending), as in KNIME's {@code DataValueComparator}. (The real class extends {@code AbstractTableSorter}, omitted.)
 */
public class BufferedDataTableSorter {

    private final BufferedDataTable m_table;

    private final Comparator<DataRow> m_comparator;

    /**
     * @param inputTable the table
     * @param inclList column names to sort by, in priority order
     * @param sortAscending one flag per column
     */
    public BufferedDataTableSorter(final BufferedDataTable inputTable, final Collection<String> inclList,
        final boolean[] sortAscending) {
        this(inputTable, columnComparator(inputTable.getDataTableSpec(), inclList, sortAscending));
    }

    /**
     * @param inputTable the table
     * @param rowComparator the order
     */
    public BufferedDataTableSorter(final BufferedDataTable inputTable, final Comparator<DataRow> rowComparator) {
        if (inputTable == null || rowComparator == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_table = inputTable;
        m_comparator = rowComparator;
    }

    private static Comparator<DataRow> columnComparator(final DataTableSpec spec, final Collection<String> columns,
        final boolean[] ascending) {
        if (columns.size() != ascending.length) {
            throw new IllegalArgumentException("Length of arguments vary: " + columns.size() + " vs. "
                + ascending.length);
        }
        Comparator<DataRow> result = (a, b) -> 0;
        int k = 0;
        for (String name : columns) {
            int col = spec.findColumnIndex(name);
            if (col < 0) {
                throw new IllegalArgumentException("Could not find column name:" + name);
            }
            boolean asc = ascending[k++];
            result = result.thenComparing((a, b) -> compareCells(a.getCell(col), b.getCell(col), asc));
        }
        return result;
    }

    private static int compareCells(final DataCell a, final DataCell b, final boolean ascending) {
        if (a.isMissing() || b.isMissing()) {
            // KNIME's DataValueComparator: a missing cell is smaller than any value
            int m = Boolean.compare(b.isMissing(), a.isMissing());
            return ascending ? m : -m;
        }
        int c;
        if (a instanceof org.knime.core.data.DoubleValue da && b instanceof org.knime.core.data.DoubleValue db) {
            c = Double.compare(da.getDoubleValue(), db.getDoubleValue());
        } else if (a instanceof org.knime.core.data.BooleanValue ba
            && b instanceof org.knime.core.data.BooleanValue bb) {
            c = Boolean.compare(ba.getBooleanValue(), bb.getBooleanValue());
        } else if (a instanceof org.knime.core.data.StringValue sa
            && b instanceof org.knime.core.data.StringValue sb) {
            c = sa.getStringValue().compareTo(sb.getStringValue());
        } else {
            c = a.toString().compareTo(b.toString());
        }
        return ascending ? c : -c;
    }

    /**
     * @param ctx creates the output and receives progress
     * @return the sorted table
     * @throws CanceledExecutionException if canceled
     */
    public BufferedDataTable sort(final ExecutionContext ctx) throws CanceledExecutionException {
        List<DataRow> rows = new ArrayList<>();
        for (DataRow r : m_table) {
            ctx.checkCanceled();
            rows.add(r);
        }
        rows.sort(m_comparator);
        ctx.setProgress(0.5);
        BufferedDataContainer out = ctx.createDataContainer(m_table.getDataTableSpec());
        long i = 0;
        for (DataRow r : rows) {
            ctx.checkCanceled();
            out.addRowToTable(r);
            ctx.setProgress(0.5 + 0.5 * ++i / rows.size());
        }
        out.close();
        return out.getTable();
    }
}
