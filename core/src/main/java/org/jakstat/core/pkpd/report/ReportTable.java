package org.jakstat.core.pkpd.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A result table in front-end neutral form: named, typed columns and rows of {@link ReportCell}s.
 *
 * @param columns the columns
 * @param rows the rows, each with one cell per column of the column's type (or missing)
 */
public record ReportTable(List<ReportColumn> columns, List<List<ReportCell>> rows) {

    /** Validates the row widths and cell types, and copies. */
    public ReportTable {
        columns = List.copyOf(columns);
        List<List<ReportCell>> copy = new ArrayList<>(rows.size());
        for (List<ReportCell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size()
                    + " columns");
            }
            for (int c = 0; c < row.size(); c++) {
                checkType(columns.get(c), row.get(c));
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
    }

    private static void checkType(final ReportColumn column, final ReportCell cell) {
        boolean ok = switch (column.type()) {
            case NUMBER -> cell instanceof ReportCell.Number || cell instanceof ReportCell.Missing;
            case INTEGER -> cell instanceof ReportCell.Whole || cell instanceof ReportCell.Missing;
            case TEXT -> cell instanceof ReportCell.Text || cell instanceof ReportCell.Missing;
        };
        if (!ok) {
            throw new IllegalArgumentException("column '" + column.name() + "' (" + column.type() + ") cannot hold "
                + cell);
        }
    }

    /** @return the column names, in order */
    public List<String> columnNames() {
        return columns.stream().map(ReportColumn::name).toList();
    }

    /**
     * @param name a column name
     * @return its index, -1 when absent
     */
    public int indexOf(final String name) {
        return columnNames().indexOf(name);
    }
}
