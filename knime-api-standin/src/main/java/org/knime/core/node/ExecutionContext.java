package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.streamable.BufferedDataTableRowOutput;
import org.knime.core.node.streamable.DataTableRowInput;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortOutput;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.ExecutionContext}: an {@link ExecutionMonitor} that also creates
 * tables. All tables live in memory. Column rearrangement runs the rearranger's streamable function over the input
 * (checking cancellation per row), so table and streaming execution share one code path.
 */
public class ExecutionContext extends ExecutionMonitor {

    private final Node m_node;

    /**
     * Creates a context, as KNIME's own test utilities do.
     *
     * @param progMon where progress goes (null: a fresh default monitor)
     * @param node the node the tables belong to (may be null in the stand-in)
     * @deprecated as in KNIME (the real replacement takes a data repository)
     */
    @Deprecated
    public ExecutionContext(final NodeProgressMonitor progMon, final Node node) {
        super(progMon);
        m_node = node;
    }

    /**
     * @param spec the spec of the rows to add
     * @return a new container
     */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return new BufferedDataContainer(spec);
    }

    /**
     * @param spec the spec of the rows to add
     * @param initDomain ignored (the stand-in computes no domains)
     * @return a new container
     */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain) {
        return createDataContainer(spec);
    }

    /**
     * @param table any table
     * @param subProgressMon for progress and cancellation
     * @return a buffered copy
     * @throws CanceledExecutionException if canceled
     */
    public BufferedDataTable createBufferedDataTable(final DataTable table, final ExecutionMonitor subProgressMon)
        throws CanceledExecutionException {
        if (table instanceof BufferedDataTable b) {
            return b;
        }
        List<DataRow> rows = new ArrayList<>();
        for (DataRow r : table) {
            subProgressMon.checkCanceled();
            rows.add(r);
        }
        BufferedDataContainer c = createDataContainer(table.getDataTableSpec());
        rows.forEach(c::addRowToTable);
        c.close();
        return c.getTable();
    }

    /**
     * @param in the input table
     * @param rearranger defines the output columns
     * @param subProgressMon for progress and cancellation
     * @return the rearranged table (same row keys and order)
     * @throws CanceledExecutionException if canceled
     */
    public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in, final ColumnRearranger rearranger,
        final ExecutionMonitor subProgressMon) throws CanceledExecutionException {
        BufferedDataContainer out = createDataContainer(rearranger.createSpec());
        BufferedDataTableRowOutput output = new BufferedDataTableRowOutput(out);
        ExecutionContext ctx = subProgressMon instanceof ExecutionContext e ? e
            : new ExecutionContext(subProgressMon.getProgressMonitor(), m_node);
        try {
            rearranger.createStreamableFunction().runFinal(new PortInput[]{new DataTableRowInput(in)},
                new PortOutput[]{output}, ctx);
        } catch (CanceledExecutionException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return output.getDataTable();
    }

    /**
     * @param in a table
     * @param newSpec a spec with the same structure (names may differ)
     * @return the same rows under the new spec
     */
    public BufferedDataTable createSpecReplacerTable(final BufferedDataTable in, final DataTableSpec newSpec) {
        if (newSpec.getNumColumns() != in.getDataTableSpec().getNumColumns()) {
            throw new IllegalArgumentException("Table specs have different number of columns.");
        }
        List<DataRow> rows = new ArrayList<>();
        in.forEach(rows::add);
        return new BufferedDataTable(newSpec, rows);
    }

    /**
     * @param exec for cancellation
     * @param tables tables with equal structure
     * @return their rows one after the other (row keys must be unique)
     * @throws CanceledExecutionException if canceled
     */
    public BufferedDataTable createConcatenateTable(final ExecutionMonitor exec, final BufferedDataTable... tables)
        throws CanceledExecutionException {
        BufferedDataContainer c = createDataContainer(tables[0].getDataTableSpec());
        for (BufferedDataTable t : tables) {
            for (DataRow r : t) {
                exec.checkCanceled();
                c.addRowToTable(r);
            }
        }
        c.close();
        return c.getTable();
    }

    /**
     * @param maxProg fraction of this context's progress range
     * @return a context whose progress 0..1 maps onto that fraction
     */
    public ExecutionContext createSubExecutionContext(final double maxProg) {
        return new ExecutionContext(createSubProgressMonitor(maxProg, false), m_node);
    }

    /**
     * @param maxProg fraction of this context's progress range
     * @return like {@link #createSubExecutionContext(double)} but messages are not forwarded
     */
    public ExecutionContext createSilentSubExecutionContext(final double maxProg) {
        return new ExecutionContext(createSubProgressMonitor(maxProg, true), m_node);
    }
}
