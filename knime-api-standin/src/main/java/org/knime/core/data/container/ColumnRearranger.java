package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.streamable.DataTableRowInput;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.RowInput;
import org.knime.core.node.streamable.StreamableFunction;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.container.ColumnRearranger}: describes an output table as a list
 * of input columns and columns computed by {@link CellFactory}s, edited with append/insert/replace/remove/keep/
 * move/permute (indices always refer to the current arrangement, as in KNIME). The result is produced by
 * {@link #createStreamableFunction()}, which {@code ExecutionContext.createColumnRearrangeTable} also uses. Each
 * factory's {@code getCells} is called once per row (even if several of its columns are used); row keys are kept.
 */
public class ColumnRearranger {

    /** One output column: an input column (factory null) or column {@code index} of a factory's output. */
    private record Column(DataColumnSpec spec, CellFactory factory, int index) {
    }

    private final List<Column> m_columns = new ArrayList<>();

    /** @param original the input spec; initially every input column is kept */
    public ColumnRearranger(final DataTableSpec original) {
        for (int i = 0; i < original.getNumColumns(); i++) {
            m_columns.add(new Column(original.getColumnSpec(i), null, i));
        }
    }

    /** @param colIndices the (current) indices to keep, in their current order */
    public final void keepOnly(final int... colIndices) {
        Set<Integer> keep = new HashSet<>();
        for (int i : colIndices) {
            if (i < 0 || i >= m_columns.size()) {
                throw new IndexOutOfBoundsException("Invalid index: " + i);
            }
            keep.add(i);
        }
        if (keep.size() != colIndices.length) {
            throw new IndexOutOfBoundsException("Duplicates in argument: " + Arrays.toString(colIndices));
        }
        for (int i = m_columns.size() - 1; i >= 0; i--) {
            if (!keep.contains(i)) {
                m_columns.remove(i);
            }
        }
    }

    /** @param colNames the columns to keep, in their current order */
    public final void keepOnly(final String... colNames) {
        Set<String> wanted = checkedNames(colNames);
        m_columns.removeIf(c -> !wanted.remove(c.spec().getName()));
        failIfLeft(wanted);
    }

    /** @param colIndices (current) indices to remove */
    public final void remove(final int... colIndices) {
        int[] sorted = colIndices.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw new IndexOutOfBoundsException("Duplicates encountered " + Arrays.toString(colIndices));
            }
        }
        for (int i = sorted.length - 1; i >= 0; i--) {
            m_columns.remove(sorted[i]);
        }
    }

    /** @param colNames columns to remove */
    public final void remove(final String... colNames) {
        Set<String> names = checkedNames(colNames);
        m_columns.removeIf(c -> names.remove(c.spec().getName()));
        failIfLeft(names);
    }

    private static Set<String> checkedNames(final String... colNames) {
        Set<String> names = new HashSet<>(Arrays.asList(colNames));
        if (names.contains(null)) {
            throw new IllegalArgumentException("Argument contains null: " + Arrays.toString(colNames));
        }
        if (names.size() != colNames.length) {
            throw new IllegalArgumentException("Argument contains duplicates: " + Arrays.toString(colNames));
        }
        return names;
    }

    private void failIfLeft(final Set<String> notFound) {
        if (!notFound.isEmpty()) {
            throw new IllegalArgumentException(
                "No such column name(s) in " + getClass().getSimpleName() + ": " + notFound);
        }
    }

    /**
     * @param colName a column name
     * @return its current index, or -1
     */
    public final int indexOf(final String colName) {
        if (colName == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        for (int i = 0; i < m_columns.size(); i++) {
            if (m_columns.get(i).spec().getName().equals(colName)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the current number of output columns */
    public final int getColumnCount() {
        return m_columns.size();
    }

    /**
     * Moves a column; as in KNIME, when moving right the column ends up just before the column that was at
     * {@code to}.
     *
     * @param from current index
     * @param to target index
     */
    public final void move(final int from, final int to) {
        if (from < to) {
            m_columns.add(to, m_columns.get(from));
            m_columns.remove(from);
        } else {
            m_columns.add(to, m_columns.remove(from));
        }
    }

    /**
     * @param colName a column
     * @param to target index, see {@link #move(int, int)}
     */
    public final void move(final String colName, final int to) {
        int from = indexOf(colName);
        if (from < 0) {
            throw new IllegalArgumentException("No such column \"" + colName + "\"");
        }
        move(from, to);
    }

    /** @param colIndicesInOrder current indices of the columns to put first, in this order */
    public final void permute(final int[] colIndicesInOrder) {
        String[] names = new String[colIndicesInOrder.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = m_columns.get(colIndicesInOrder[i]).spec().getName();
        }
        permute(names);
    }

    /** @param colNamesInOrder columns to put first, in this order; the others follow in their current order */
    public final void permute(final String[] colNamesInOrder) {
        Map<String, Integer> order = new HashMap<>();
        for (String name : colNamesInOrder) {
            if (name == null) {
                throw new NullPointerException("List must not contain null elements");
            }
            if (order.put(name, order.size()) != null) {
                throw new IllegalArgumentException("Duplicate column names in argument array: " + name);
            }
        }
        Set<String> unknown = new HashSet<>(order.keySet());
        for (Column c : m_columns) {
            unknown.remove(c.spec().getName());
            order.putIfAbsent(c.spec().getName(), order.size());
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Column name(s) not found: " + unknown);
        }
        m_columns.sort(Comparator.comparingInt(c -> order.get(c.spec().getName())));
    }

    /**
     * @param position where the factory's first column goes
     * @param fac produces the new columns
     */
    public final void insertAt(final int position, final CellFactory fac) {
        DataColumnSpec[] specs = fac.getColumnSpecs();
        for (int i = specs.length - 1; i >= 0; i--) {
            m_columns.add(position, new Column(specs[i], fac, i));
        }
    }

    /** @param fac produces columns appended at the end */
    public final void append(final CellFactory fac) {
        insertAt(m_columns.size(), fac);
    }

    /**
     * @param newCol a factory producing exactly one column
     * @param colName the column it replaces
     */
    public final void replace(final CellFactory newCol, final String colName) {
        int index = indexOf(colName);
        if (index < 0) {
            throw new IllegalArgumentException("No such column: " + colName);
        }
        replace(newCol, index);
    }

    /**
     * @param fac produces one column per index
     * @param colIndex the (current) indices replaced by the factory's columns, in order
     */
    public final void replace(final CellFactory fac, final int... colIndex) {
        DataColumnSpec[] specs = fac.getColumnSpecs();
        if (specs.length != colIndex.length) {
            throw new IndexOutOfBoundsException("Arguments do not provide to same number of columns: "
                + specs.length + " vs. " + colIndex.length);
        }
        for (int i = 0; i < specs.length; i++) {
            m_columns.set(colIndex[i], new Column(specs[i], fac, i));
        }
    }

    /** @return the output spec (named "default", as in KNIME); fails on duplicate column names */
    public final DataTableSpec createSpec() {
        return new DataTableSpec(m_columns.stream().map(Column::spec).toArray(DataColumnSpec[]::new));
    }

    /** @return a function computing output rows from input rows (input and output port 0) */
    public final StreamableFunction createStreamableFunction() {
        return createStreamableFunction(StreamableFunction.DEFAULT_INPORT_INDEX,
            StreamableFunction.DEFAULT_OUTPORT_INDEX);
    }

    /**
     * @param inPortIdx the streamed input port
     * @param outPortIdx the streamed output port
     * @return a function computing output rows from input rows
     */
    public final StreamableFunction createStreamableFunction(final int inPortIdx, final int outPortIdx) {
        return new RearrangeFunction(new ArrayList<>(m_columns), inPortIdx, outPortIdx);
    }

    /** Computes rearranged rows; reports progress to the factories when the row count is known. */
    private static final class RearrangeFunction extends StreamableFunction {

        private final List<Column> m_layout;

        private final int m_in;

        private final Set<CellFactory> m_factories;

        RearrangeFunction(final List<Column> layout, final int in, final int out) {
            super(in, out);
            m_layout = layout;
            m_in = in;
            Set<CellFactory> factories = Collections.newSetFromMap(new IdentityHashMap<>());
            layout.stream().map(Column::factory).filter(f -> f != null).forEach(factories::add);
            m_factories = factories;
        }

        @Override
        public void runFinal(final PortInput[] inputs,
            final PortOutput[] outputs,
            final ExecutionContext ctx) throws Exception {
            long total = inputs[m_in] instanceof DataTableRowInput t
                ? t.getRowCount() : -1;
            RowInput in = (RowInput)inputs[m_in];
            // wrap the input so each polled row also triggers cancellation checks and progress reports
            RowInput counting = new RowInput() {

                private long m_count;

                private DataRow m_last;

                @Override
                public DataRow poll() throws InterruptedException {
                    if (m_last != null && total > 0) {
                        for (CellFactory f : m_factories) {
                            f.setProgress(m_count, total, m_last.getKey(), ctx);
                        }
                    }
                    try {
                        ctx.checkCanceled();
                    } catch (CanceledExecutionException e) {
                        throw new CanceledWhilePolling(e);
                    }
                    m_last = in.poll();
                    if (m_last != null) {
                        m_count++;
                    }
                    return m_last;
                }

                @Override
                public DataTableSpec getDataTableSpec() {
                    return in.getDataTableSpec();
                }

                @Override
                public void close() {
                    in.close();
                }
            };
            PortInput[] wrapped = inputs.clone();
            wrapped[m_in] = counting;
            try {
                super.runFinal(wrapped, outputs, ctx);
            } catch (CanceledWhilePolling e) {
                throw e.m_cause;
            }
        }

        @Override
        public DataRow compute(final DataRow input, final long rowIndex) {
            Map<CellFactory, DataCell[]> computed = new IdentityHashMap<>();
            DataCell[] cells = new DataCell[m_layout.size()];
            for (int i = 0; i < cells.length; i++) {
                Column c = m_layout.get(i);
                if (c.factory() == null) {
                    cells[i] = input.getCell(c.index());
                } else {
                    DataCell[] produced = computed.computeIfAbsent(c.factory(), f -> checked(f, input, rowIndex));
                    cells[i] = produced[c.index()];
                }
            }
            return new DefaultRow(input.getKey(), cells);
        }

        private static DataCell[] checked(final CellFactory f, final DataRow row, final long rowIndex) {
            DataCell[] cells = f.getCells(row, rowIndex);
            int expected = f.getColumnSpecs().length;
            if (cells == null || cells.length != expected) {
                throw new IllegalStateException("Cell factory " + f.getClass().getSimpleName() + " returned "
                    + (cells == null ? "null" : cells.length + " cells") + " for row \"" + row.getKey()
                    + "\", expected " + expected);
            }
            return cells;
        }

        @Override
        public void finish() {
            for (CellFactory f : m_factories) {
                if (f instanceof AbstractCellFactory a) {
                    a.afterProcessing();
                }
            }
        }
    }

    /** Carries a cancellation out of {@code RowInput.poll}, which may only throw InterruptedException. */
    private static final class CanceledWhilePolling extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final CanceledExecutionException m_cause;

        CanceledWhilePolling(final CanceledExecutionException cause) {
            super(cause);
            m_cause = cause;
        }
    }
}
