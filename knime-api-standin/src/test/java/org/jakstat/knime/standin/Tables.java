package org.jakstat.knime.standin;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;

/** Test fixtures: contexts and small tables, built the way KNIME's own test utilities do. */
final class Tables {

    private Tables() {
    }

    @SuppressWarnings("deprecation")
    static ExecutionContext exec(final DefaultNodeProgressMonitor monitor) {
        return new ExecutionContext(monitor, null);
    }

    static ExecutionContext exec() {
        return exec(new DefaultNodeProgressMonitor());
    }

    /** Compound (string), Conc (double), Replicate (int). */
    static DataTableSpec doseSpec() {
        return new DataTableSpec(new String[]{"Compound", "Conc", "Replicate"},
            new DataType[]{StringCell.TYPE, DoubleCell.TYPE, IntCell.TYPE});
    }

    static BufferedDataTable doseTable(final ExecutionContext exec, final int rows) {
        BufferedDataContainer c = exec.createDataContainer(doseSpec());
        for (int i = 0; i < rows; i++) {
            DataCell conc = i % 5 == 4 ? DataType.getMissingCell() : new DoubleCell(Math.pow(10, -9 + i % 5));
            c.addRowToTable(new DefaultRow(RowKey.createRowKey((long)i), new StringCell("cpd" + (i % 3)), conc,
                new IntCell(i % 2)));
        }
        c.close();
        return c.getTable();
    }

    static List<DataRow> rows(final Iterable<DataRow> table) {
        List<DataRow> rows = new ArrayList<>();
        table.forEach(rows::add);
        return rows;
    }
}
