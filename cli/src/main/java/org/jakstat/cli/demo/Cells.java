package org.jakstat.cli.demo;

import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;

/** Small conversions between numbers and the cells of core's result tables, for the report's tables. */
final class Cells {

    private Cells() {
    }

    /** @return the number, or a missing cell for NaN */
    static ResultValue number(final double v) {
        return Double.isNaN(v) ? ResultValue.missing() : ResultValue.number(v);
    }

    /**
     * @param layout the table's columns
     * @param row a row of it
     * @param column a column name
     * @return the cell's number; NaN when missing or not a number
     * @throws IllegalArgumentException when the table has no such column
     */
    static double numberAt(final TableLayout layout, final ResultRow row, final String column) {
        ResultValue v = row.value(index(layout, column));
        if (v instanceof ResultValue.NumberValue n) {
            return n.value();
        }
        return v instanceof ResultValue.IntegerValue i ? i.value() : Double.NaN;
    }

    /**
     * @param layout the table's columns
     * @param row a row of it
     * @param column a column name
     * @return the cell's text; "" when missing or not a text
     */
    static String textAt(final TableLayout layout, final ResultRow row, final String column) {
        return row.value(index(layout, column)) instanceof ResultValue.TextValue t ? t.text() : "";
    }

    private static int index(final TableLayout layout, final String column) {
        return layout.indexOf(column).orElseThrow(() -> new IllegalArgumentException("no column '" + column
            + "' in " + layout.names()));
    }

    /** @return "12.3 (8.12 to 16.5)" for a mean and its interval, 3 significant digits */
    static String meanWithInterval(final double mean, final double low, final double high) {
        if (Double.isNaN(mean)) {
            return "\u2013";
        }
        String m = HtmlReport.number(mean, 3);
        return Double.isNaN(low) || Double.isNaN(high) ? m
            : m + " (" + HtmlReport.number(low, 3) + " to " + HtmlReport.number(high, 3) + ")";
    }
}
