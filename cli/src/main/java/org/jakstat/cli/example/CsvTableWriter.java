package org.jakstat.cli.example;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small CSV file: '#' comment lines first (KNIME's CSV Reader and the CLI skip them), a header, then rows.
 * Fields containing a comma or a quote are quoted. Numbers are formatted by the caller.
 */
final class CsvTableWriter {

    private final List<String> m_comments = new ArrayList<>();

    private final List<String> m_header;

    private final List<List<String>> m_rows = new ArrayList<>();

    CsvTableWriter(final String... header) {
        m_header = List.of(header);
    }

    CsvTableWriter comment(final String line) {
        m_comments.add(line);
        return this;
    }

    CsvTableWriter row(final Object... fields) {
        if (fields.length != m_header.size()) {
            throw new IllegalArgumentException("row has " + fields.length + " fields for " + m_header.size()
                + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object f : fields) {
            row.add(String.valueOf(f));
        }
        m_rows.add(row);
        return this;
    }

    void writeTo(final Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String c : m_comments) {
                w.write("# " + c + "\n");
            }
            w.write(line(m_header));
            for (List<String> r : m_rows) {
                w.write(line(r));
            }
        }
    }

    private static String line(final List<String> fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            out.add(f.contains(",") || f.contains("\"") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return String.join(",", out) + "\n";
    }

    /** @return the value with {@code decimals} digits after the point, Locale.ROOT */
    static String fixed(final double value, final int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** @return the value with {@code digits} significant digits, without exponent for typical magnitudes */
    static String significant(final double value, final int digits) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(digits)).stripTrailingZeros()
            .toPlainString();
    }
}
