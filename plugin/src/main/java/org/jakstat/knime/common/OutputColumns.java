package org.jakstat.knime.common;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.core.table.UniqueColumnNames;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;

/**
 * Collects the columns of an output table whose names are built from user text (kinase names, input column names),
 * so they can hold anything: every name is made printable and unique by core's {@link UniqueColumnNames} (the
 * rule core's result tables follow too). The result depends only on the order of additions, so configure and
 * execute build the same spec. Nodes whose tables are defined in core as a
 * {@link org.jakstat.core.table.TableLayout} use {@link ResultCells} instead.
 */
public final class OutputColumns {

    private final UniqueColumnNames m_names = new UniqueColumnNames();

    private final List<DataColumnSpec> m_specs = new ArrayList<>();

    /**
     * Adds a column.
     *
     * @param wanted the name it should have
     * @param type its type
     * @return the index of the new column
     */
    public int add(final String wanted, final DataType type) {
        m_specs.add(new DataColumnSpecCreator(m_names.next(wanted), type).createSpec());
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
        return UniqueColumnNames.printable(text);
    }
}
