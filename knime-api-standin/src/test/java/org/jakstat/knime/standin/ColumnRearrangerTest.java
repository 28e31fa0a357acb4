package org.jakstat.knime.standin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.AbstractCellFactory;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.container.SingleCellFactory;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/** Column rearrangement through {@link ExecutionContext#createColumnRearrangeTable}. */
class ColumnRearrangerTest {

    private static SingleCellFactory upperCaseOf(final int column, final String name) {
        return new SingleCellFactory(new DataColumnSpecCreator(name, StringCell.TYPE).createSpec()) {
            @Override
            public DataCell getCell(final DataRow row) {
                return new StringCell(((StringValue)row.getCell(column)).getStringValue().toUpperCase());
            }
        };
    }

    @Test
    void appendReplaceRemove() throws Exception {
        ExecutionContext exec = Tables.exec();
        BufferedDataTable in = Tables.doseTable(exec, 6);
        ColumnRearranger r = new ColumnRearranger(in.getDataTableSpec());
        r.append(upperCaseOf(0, "Upper"));
        r.replace(new SingleCellFactory(new DataColumnSpecCreator("Replicate", IntCell.TYPE).createSpec()) {
            @Override
            public DataCell getCell(final DataRow row, final long rowIndex) {
                return new IntCell((int)rowIndex * 10);
            }
        }, "Replicate");
        r.remove("Conc");
        assertEquals(3, r.getColumnCount());
        assertEquals(2, r.indexOf("Upper"));
        DataTableSpec expected = r.createSpec();
        assertArrayEquals(new String[]{"Compound", "Replicate", "Upper"}, expected.getColumnNames());

        BufferedDataTable out = exec.createColumnRearrangeTable(in, r, exec);
        assertEquals(expected, out.getDataTableSpec());
        List<DataRow> rows = Tables.rows(out);
        assertEquals(6, rows.size());
        assertEquals("Row5", rows.get(5).getKey().getString());
        assertEquals("CPD2", ((StringValue)rows.get(5).getCell(2)).getStringValue());
        assertEquals(50, ((IntValue)rows.get(5).getCell(1)).getIntValue());
        assertEquals(1.0, exec.getProgressMonitor().getProgress(), 1e-12, "factory progress reaches 100%");
    }

    @Test
    void insertMovePermuteKeepOnly() {
        ColumnRearranger r = new ColumnRearranger(Tables.doseSpec());
        r.insertAt(1, upperCaseOf(0, "U"));
        assertArrayEquals(new String[]{"Compound", "U", "Conc", "Replicate"}, r.createSpec().getColumnNames());
        r.move("Replicate", 0);
        assertArrayEquals(new String[]{"Replicate", "Compound", "U", "Conc"}, r.createSpec().getColumnNames());
        r.move(0, 2);
        assertArrayEquals(new String[]{"Compound", "Replicate", "U", "Conc"}, r.createSpec().getColumnNames());
        r.permute(new String[]{"Conc", "U"});
        assertArrayEquals(new String[]{"Conc", "U", "Compound", "Replicate"}, r.createSpec().getColumnNames());
        r.keepOnly("U", "Replicate");
        assertArrayEquals(new String[]{"U", "Replicate"}, r.createSpec().getColumnNames());
        assertThrows(IllegalArgumentException.class, () -> r.remove("Conc"));
        assertThrows(IndexOutOfBoundsException.class, () -> r.replace(upperCaseOf(0, "X"), 0, 1));
    }

    @Test
    void multiColumnFactoryComputesOncePerRow() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        DataColumnSpec[] specs = {new DataColumnSpecCreator("A", IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator("B", IntCell.TYPE).createSpec()};
        AbstractCellFactory two = new AbstractCellFactory(specs) {
            @Override
            public DataCell[] getCells(final DataRow row) {
                int n = calls.incrementAndGet();
                return new DataCell[]{new IntCell(n), new IntCell(-n)};
            }

            @Override
            public void afterProcessing() {
                finished.incrementAndGet();
            }
        };
        ExecutionContext exec = Tables.exec();
        BufferedDataTable in = Tables.doseTable(exec, 3);
        ColumnRearranger r = new ColumnRearranger(in.getDataTableSpec());
        r.append(two);
        r.move("B", 0);
        BufferedDataTable out = exec.createColumnRearrangeTable(in, r, exec.createSubProgress(0.5));
        List<DataRow> rows = Tables.rows(out);
        assertEquals(3, calls.get());
        assertEquals(1, finished.get());
        assertEquals(-3, ((IntValue)rows.get(2).getCell(0)).getIntValue());
        assertEquals(3, ((IntValue)rows.get(2).getCell(4)).getIntValue());
        assertEquals(0.5, exec.getProgressMonitor().getProgress(), 1e-12, "sub-progress scaled into the parent");
    }

    @Test
    void duplicateColumnNamesFailAtCreateSpec() {
        ColumnRearranger r = new ColumnRearranger(Tables.doseSpec());
        r.append(upperCaseOf(0, "Conc"));
        assertThrows(IllegalArgumentException.class, r::createSpec);
    }
}
