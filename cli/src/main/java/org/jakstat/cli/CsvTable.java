package org.jakstat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV file read whole (header line, '#' comment lines and blank lines skipped), for the inputs of
 * {@code jakstat pkpd}: scenarios and observed time courses. Missing cells (empty, NA, NaN) are NaN or null; a cell
 * that is not a number where one is needed is malformed input with its line number.
 */
final class CsvTable {

    private final Path m_file;

    private final List<String> m_header;

    private final List<List<String>> m_rows = new ArrayList<>();

    private final List<Integer> m_lines = new ArrayList<>();

    private CsvTable(Path file, List<String> header) {
        m_file = file;
        m_header = header;
    }

    static CsvTable read(Path file) throws IOException, MalformedInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new MalformedInputException("input file not found: " + file);
        }
        CsvTable t = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields;
            try {
                fields = CsvLine.split(line, ',').stream().map(String::strip).toList();
            } catch (IllegalArgumentException e) {
                throw new MalformedInputException(file + " line " + (i + 1) + ": " + e.getMessage());
            }
            if (t == null) {
                t = new CsvTable(file, fields);
            } else {
                t.m_rows.add(fields);
                t.m_lines.add(i + 1);
            }
        }
        if (t == null) {
            throw new MalformedInputException(file + " is empty: expected a header line");
        }
        return t;
    }

    int size() {
        return m_rows.size();
    }

    /** @return the column's index, -1 when absent */
    int column(String name) {
        return m_header.indexOf(name);
    }

    /** @return the column's index; malformed input naming the option when absent */
    int requireColumn(String name, String option) throws MalformedInputException {
        int c = column(name);
        if (c < 0) {
            throw new MalformedInputException(m_file + ": no column '" + name + "' in the header " + m_header
                    + "; name the right one with " + option);
        }
        return c;
    }

    /** @return the cell, null when the column is -1 or the cell is missing */
    String text(int row, int column) {
        if (column < 0) {
            return null;
        }
        List<String> r = m_rows.get(row);
        String v = column < r.size() ? r.get(column) : "";
        return isMissing(v) ? null : v;
    }

    /** @return the cell as a number, NaN when missing; malformed input when it is not a number */
    double number(int row, int column) throws MalformedInputException {
        String v = text(row, column);
        if (v == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new MalformedInputException(m_file + " line " + m_lines.get(row) + ": '" + v + "' in column '"
                    + m_header.get(column) + "' is not a number");
        }
    }

    private static boolean isMissing(String v) {
        return v.isEmpty() || v.equalsIgnoreCase("NA") || v.equalsIgnoreCase("NaN");
    }
}
