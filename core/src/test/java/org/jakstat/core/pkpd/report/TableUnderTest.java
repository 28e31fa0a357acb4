package org.jakstat.core.pkpd.report;

import java.util.List;

import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.TableLayout;

/**
 * A layout and its rows, as a front end receives them, for assertions by column name.
 *
 * @param layout the columns
 * @param rows the rows
 */
record TableUnderTest(TableLayout layout, List<ResultRow> rows) {

    List<String> columnNames() {
        return layout.names();
    }

    int indexOf(final String column) {
        return layout.indexOf(column).orElseThrow(() -> new AssertionError("no column '" + column + "'"));
    }
}
