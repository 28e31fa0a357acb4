package org.jakstat.core.table;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out the names of a table's columns when they are built from user text (kinase names, input column names)
 * and so can hold anything: every name is made printable (control characters become spaces, surrounding blanks are
 * stripped, an empty name becomes "?") and unique (a repeated name gets " (#2)", " (#3)", ... in the order names
 * are asked for, as KNIME's own nodes number duplicates). The result depends only on the order of the requests, so
 * the same settings always give the same names.
 */
public final class UniqueColumnNames {

    private final Set<String> m_names = new HashSet<>();

    /**
     * @param wanted the name the column should have
     * @return the name it gets: printable, and not handed out before
     */
    public String next(final String wanted) {
        String base = printable(wanted);
        String name = base;
        for (int n = 2; !m_names.add(name); n++) {
            name = base + " (#" + n + ")";
        }
        return name;
    }

    /**
     * @param text any text, possibly null
     * @return the text stripped, with control characters replaced by spaces; "?" when nothing is left
     */
    public static String printable(final String text) {
        String cleaned = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
        return cleaned.isEmpty() ? "?" : cleaned;
    }
}
