package org.jakstat.cli;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180 quoting: "a,b" and "" inside quotes; no embedded line breaks). */
public final class CsvLine {

    private CsvLine() {
    }

    /**
     * @param line      the line without its terminator
     * @param separator field separator
     * @return the fields, unquoted
     * @throws IllegalArgumentException on an unterminated quote
     */
    public static List<String> split(String line, char separator) {
        if (line.indexOf('"') < 0) {
            // fast path for the usual unquoted line: substrings between separators
            List<String> out = new ArrayList<>(4);
            int from = 0;
            int at;
            while ((at = line.indexOf(separator, from)) >= 0) {
                out.add(line.substring(from, at));
                from = at + 1;
            }
            out.add(line.substring(from));
            return out;
        }
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        out.add(field.toString());
        return out;
    }

    /** @param value a field @return it quoted when it contains a separator, quote or line break */
    public static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
