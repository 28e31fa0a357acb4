package org.jakstat.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;

/**
 * Writes core's result tables as CSV: the layout's column names as the header, then one line per row. Numbers in
 * their shortest round-trip form (Java's {@code Double.toString}), texts as they are, quoted when they hold a comma,
 * quote or line break; a missing value is an empty field (its reason, which a KNIME missing cell would carry, is in
 * the table's note or reason columns).
 */
public final class ResultTableCsv {

    private final Writer out;
    private final TableLayout layout;

    /**
     * Writes the header.
     *
     * @param out    where to write
     * @param layout the table's columns
     * @throws IOException when writing fails
     */
    public ResultTableCsv(Writer out, TableLayout layout) throws IOException {
        this.out = out;
        this.layout = layout;
        line(layout.names());
    }

    /**
     * @param row a row of the layout
     * @throws IOException when writing fails
     */
    public void write(ResultRow row) throws IOException {
        if (row.values().size() != layout.size()) {
            throw new IllegalArgumentException("a row of " + row.values().size() + " values for " + layout.size()
                    + " columns");
        }
        List<String> fields = new ArrayList<>(row.values().size());
        for (ResultValue v : row.values()) {
            fields.add(field(v));
        }
        line(fields);
    }

    private void line(List<String> fields) throws IOException {
        List<String> quoted = new ArrayList<>(fields.size());
        for (String f : fields) {
            quoted.add(CsvLine.quote(f));
        }
        out.write(String.join(",", quoted));
        out.write('\n');
    }

    /**
     * @param value a result value
     * @return its CSV text, unquoted; empty for a missing value
     */
    static String field(ResultValue value) {
        if (value instanceof ResultValue.NumberValue n) {
            return Double.toString(n.value());
        }
        if (value instanceof ResultValue.IntegerValue i) {
            return Integer.toString(i.value());
        }
        if (value instanceof ResultValue.TextValue t) {
            return t.text();
        }
        return "";
    }
}
