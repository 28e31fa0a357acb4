package org.jakstat.knime.common;

import java.util.List;

import org.jakstat.core.pkpd.report.ReportCell;
import org.jakstat.core.pkpd.report.ReportColumn;
import org.jakstat.core.pkpd.report.ReportTable;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.MissingCell;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;

/**
 * Turns core's front-end neutral {@link ReportTable}s into KNIME tables: number columns as double, integer
 * columns as int, text as string; a missing value becomes a {@link MissingCell} carrying its reason (KNIME's plain
 * missing cell when there is nothing to report, e.g. an empty reason column). Row keys are
 * Row0, Row1, ... as KNIME's readers write them.
 */
public final class ReportTables {

    private ReportTables() {
    }

    /**
     * @param columns the report's columns
     * @return the KNIME spec, known at configure time
     */
    public static DataTableSpec spec(final List<ReportColumn> columns) {
        DataColumnSpec[] specs = new DataColumnSpec[columns.size()];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = new DataColumnSpecCreator(columns.get(i).name(), type(columns.get(i).type())).createSpec();
        }
        return new DataTableSpec(specs);
    }

    /**
     * @param table the report
     * @param exec to create the table and check for cancellation
     * @return the KNIME table
     * @throws CanceledExecutionException when the user cancels
     */
    public static BufferedDataTable table(final ReportTable table, final ExecutionContext exec)
        throws CanceledExecutionException {
        BufferedDataContainer c = exec.createDataContainer(spec(table.columns()));
        long key = 0;
        for (List<ReportCell> row : table.rows()) {
            if (key % 1000 == 0) {
                exec.checkCanceled();
            }
            DataCell[] cells = new DataCell[row.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cell(row.get(i));
            }
            c.addRowToTable(new DefaultRow(RowKey.createRowKey(key++), cells));
        }
        c.close();
        return c.getTable();
    }

    private static DataType type(final ReportColumn.Type type) {
        return switch (type) {
            case NUMBER -> DoubleCell.TYPE;
            case INTEGER -> IntCell.TYPE;
            case TEXT -> StringCell.TYPE;
        };
    }

    private static DataCell cell(final ReportCell cell) {
        if (cell instanceof ReportCell.Number n) {
            return new DoubleCell(n.value());
        } else if (cell instanceof ReportCell.Whole w) {
            return new IntCell(w.value());
        } else if (cell instanceof ReportCell.Text t) {
            return new StringCell(t.value());
        }
        String reason = ((ReportCell.Missing)cell).reason();
        return reason.isEmpty() ? DataType.getMissingCell() : new MissingCell(reason);
    }
}
