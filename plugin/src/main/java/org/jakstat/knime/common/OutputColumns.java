package org.jakstat.knime.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;

/**
 * Collects the columns of an output table whose names are built from user text (kinase names, input column names),
 * so they can hold anything: every name is made printable (control characters become spaces, surrounding blanks
 * are stripped, an empty name becomes "?") and unique (a repeated name gets " (#2)", " (#3)", ... in the order
 * columns are added, as KNIME's own nodes number duplicates). The result depends only on the order of additions,
 * so configure and execute build the same spec.
 */
public final class OutputColumns {

    private final Set<String> m_names = new HashSet<>();

    private final List<DataColumnSpec> m_specs = new ArrayList<>();

    /**
     * Adds a column.
     *
     * @param wanted the name it should have
     * @param type its type
     * @return the index of the new column
     */
    public int add(final String wanted, final DataType type) {
        String base = printable(wanted);
        String name = base;
        for (int n = 2; !m_names.add(name); n++) {
            name = base + " (#" + n + ")";
        }
        m_specs.add(new DataColumnSpecCreator(name, type).createSpec());
        return m_specs.size() - 1;
    }

    /**
     * @param index a column index returned by {@link #add}
     * @return the name the column got
     */
    public String name(final int index) {
        return m_specs.get(index).getName();
    }

    /** @return the number of columns added */
    public int size() {
        return m_specs.size();
    }

    /** @return the table spec of the columns, in the order added */
    public DataTableSpec toSpec() {
        return new DataTableSpec(m_specs.toArray(DataColumnSpec[]::new));
    }

    /**
     * @param text any text
     * @return the text stripped, with control characters replaced by spaces; "?" when nothing is left
     */
    public static String printable(final String text) {
        String cleaned = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
        return cleaned.isEmpty() ? "?" : cleaned;
    }
}
