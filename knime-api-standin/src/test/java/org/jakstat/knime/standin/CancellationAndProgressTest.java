package org.jakstat.knime.standin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.container.SingleCellFactory;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;

/** Cancellation through {@link DefaultNodeProgressMonitor} and progress scaling of sub-contexts. */
class CancellationAndProgressTest {

    @Test
    void setExecuteCanceledMakesCheckCanceledThrow() throws Exception {
        DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();
        ExecutionContext exec = Tables.exec(monitor);
        ExecutionContext sub = exec.createSubExecutionContext(0.5);
        assertDoesNotThrow(exec::checkCanceled);
        monitor.setExecuteCanceled();
        CanceledExecutionException e = assertThrows(CanceledExecutionException.class, exec::checkCanceled);
        assertEquals("ProgressMonitor has been canceled.", e.getMessage());
        assertThrows(CanceledExecutionException.class, sub::checkCanceled, "sub-contexts share the cancel flag");
        monitor.reset();
        assertDoesNotThrow(exec::checkCanceled);
    }

    @Test
    void cancelDuringRearrangementStopsIt() {
        DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();
        ExecutionContext exec = Tables.exec(monitor);
        BufferedDataTable in = Tables.doseTable(exec, 100);
        ColumnRearranger r = new ColumnRearranger(in.getDataTableSpec());
        r.append(new SingleCellFactory(new DataColumnSpecCreator("N", IntCell.TYPE).createSpec()) {
            @Override
            public DataCell getCell(final DataRow row, final long rowIndex) {
                if (rowIndex == 10) {
                    monitor.setExecuteCanceled(); // the user presses cancel mid-way
                }
                return new IntCell((int)rowIndex);
            }
        });
        assertThrows(CanceledExecutionException.class, () -> exec.createColumnRearrangeTable(in, r, exec));
    }

    @Test
    void subProgressIsScaledIntoTheParent() {
        DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();
        ExecutionContext exec = Tables.exec(monitor);
        assertNull(monitor.getProgress());
        ExecutionContext first = exec.createSubExecutionContext(0.25);
        first.setProgress(1.0, "first done");
        assertEquals(0.25, monitor.getProgress(), 1e-12);
        assertEquals("first done", monitor.getMessage());
        ExecutionMonitor second = exec.createSilentSubProgress(0.5);
        second.setProgress(0.5, "silent");
        assertEquals(0.5, monitor.getProgress(), 1e-12);
        assertEquals("first done", monitor.getMessage(), "silent sub-progress does not forward messages");
        ExecutionContext nested = exec.createSubExecutionContext(0.25).createSubExecutionContext(0.5);
        nested.setProgress(1.0);
        assertEquals(0.625, monitor.getProgress(), 1e-12);
        exec.setProgress(2.0); // out of range: ignored
        assertEquals(0.625, monitor.getProgress(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> exec.createSubExecutionContext(1.5));
    }
}
