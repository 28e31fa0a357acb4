package org.jakstat.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A small CSV table read whole: a header line, then rows. Lines starting with '#' are comments and blank lines are
 * skipped, as KNIME's CSV Reader does by default, so the same files serve the nodes' test workflows and the
 * command line. Every row must have as many fields as the header; anything else is a malformed file (exit code 2)
 * whose message names the line.
 */
public final class CsvTable {

    /**
     * One data row.
     *
     * @param line   its line number in the file (1-based, comments counted)
     * @param fields its fields, unquoted
     */
    public record Row(long line, List<String> fields) {
    }

    private final String what;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String what, List<String> header, List<Row> rows) {
        this.what = what;
        this.header = header;
        this.rows = rows;
    }

    /**
     * @param file a CSV file (UTF-8, comma-separated, RFC 4180 quoting)
     * @param what how messages name the file, e.g. "input potencies.csv"
     * @return the table
     * @throws IOException             when the file cannot be read
     * @throws MalformedInputException when it has no header, an unterminated quote or a row of the wrong width
     */
    public static CsvTable read(Path file, String what) throws IOException, MalformedInputException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            long line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                List<String> fields = split(text, line, what);
                if (header == null) {
                    header = fields.stream().map(String::strip).toList();
                    requireUniqueNames(header, line, what);
                } else if (fields.size() != header.size()) {
                    throw new MalformedInputException(what + " line " + line + ": " + fields.size()
                            + " fields, but the header has " + header.size() + " (is the file comma-separated? "
                            + "quote fields that contain commas)");
                } else {
                    rows.add(new Row(line, fields));
                }
            }
            if (header == null) {
                throw new MalformedInputException(what + " is empty: expected a header line with the column names");
            }
            return new CsvTable(what, header, rows);
        }
    }

    private static List<String> split(String text, long line, String what) throws MalformedInputException {
        try {
            return CsvLine.split(text, ',');
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException(what + " line " + line + ": " + e.getMessage());
        }
    }

    private static void requireUniqueNames(List<String> header, long line, String what)
            throws MalformedInputException {
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!seen.add(name)) {
                throw new MalformedInputException(what + " line " + line + ": the header names column '" + name
                        + "' twice");
            }
        }
    }

    /** @return the column names, stripped */
    public List<String> header() {
        return header;
    }

    /** @return the data rows, in file order */
    public List<Row> rows() {
        return rows;
    }

    /**
     * @param name   a column name
     * @param option the option that names it, for the message
     * @return its index
     * @throws MalformedInputException when the header has no such column
     */
    public int column(String name, String option) throws MalformedInputException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new MalformedInputException(what + " has no column '" + name + "' (its columns: " + header
                    + "); name the right one with " + option);
        }
        return i;
    }

    /**
     * @param name   a column name, or null when the option is not given
     * @param option the option that names it, for the message
     * @return its index, or -1 for null
     * @throws MalformedInputException when a name is given and the header has no such column
     */
    public int optionalColumn(String name, String option) throws MalformedInputException {
        return name == null ? -1 : column(name, option);
    }

    /**
     * @param row    a row
     * @param column a column index, or -1
     * @return the field's number; empty when the column is -1 or the field is empty, NA, NaN or null (missing)
     * @throws MalformedInputException when the field is not a number
     */
    public OptionalDouble number(Row row, int column) throws MalformedInputException {
        if (column < 0 || isMissing(row.fields().get(column))) {
            return OptionalDouble.empty();
        }
        String s = row.fields().get(column).strip();
        try {
            return OptionalDouble.of(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            throw new MalformedInputException(what + " line " + row.line() + ": '" + s + "' in column '"
                    + header.get(column) + "' is not a number (a qualifier such as '>' belongs in its own column)");
        }
    }

    /**
     * @param field a field
     * @return true when it stands for a missing value: empty, NA, NaN or null
     */
    public static boolean isMissing(String field) {
        String s = field.strip();
        return s.isEmpty() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("NaN") || s.equalsIgnoreCase("null");
    }
}
