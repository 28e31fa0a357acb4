package org.knime.core.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataTableSpec}: the ordered, uniquely named columns of a table
 * and the table's name ("default" unless given). (Properties, handlers and persistence are omitted.)
 */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    private static final String DEFAULT_NAME = "default";

    private final String m_name;

    private final DataColumnSpec[] m_columns;

    private final Map<String, Integer> m_index = new HashMap<>();

    /** An empty spec named "default". */
    public DataTableSpec() {
        this(DEFAULT_NAME);
    }

    /** @param colSpecs the columns; names must be unique */
    public DataTableSpec(final DataColumnSpec... colSpecs) {
        this(DEFAULT_NAME, colSpecs);
    }

    /** @param name the table name */
    public DataTableSpec(final String name) {
        this(name, new DataColumnSpec[0]);
    }

    /**
     * @param name the table name (null means "default")
     * @param colSpecs the columns; names must be unique
     */
    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        m_name = name == null ? DEFAULT_NAME : name;
        m_columns = colSpecs.clone();
        for (int i = 0; i < m_columns.length; i++) {
            Integer previous = m_index.put(m_columns[i].getName(), i);
            if (previous != null) {
                throw new IllegalArgumentException("Duplicate column name \"" + m_columns[i].getName()
                    + "\" at positions " + previous + " and " + i + ".");
            }
        }
    }

    /**
     * @param spec1 left columns
     * @param spec2 right columns; names must not repeat those of spec1
     */
    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        this(concatName(spec1.getName(), spec2.getName()), spec1, spec2);
    }

    /**
     * @param name the table name
     * @param spec1 left columns
     * @param spec2 right columns; names must not repeat those of spec1
     */
    public DataTableSpec(final String name, final DataTableSpec spec1, final DataTableSpec spec2) {
        this(name, concat(spec1.m_columns, spec2.m_columns));
    }

    /**
     * @param name the table name
     * @param names column names
     * @param types column types, same length
     */
    public DataTableSpec(final String name, final String[] names, final DataType[] types) {
        this(name, createColumnSpecs(names, types));
    }

    /**
     * @param names column names
     * @param types column types, same length
     */
    public DataTableSpec(final String[] names, final DataType[] types) {
        this(DEFAULT_NAME, names, types);
    }

    private static DataColumnSpec[] concat(final DataColumnSpec[] a, final DataColumnSpec[] b) {
        DataColumnSpec[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String concatName(final String n1, final String n2) {
        if (DEFAULT_NAME.equals(n1)) {
            return n2;
        }
        if (DEFAULT_NAME.equals(n2)) {
            return n1;
        }
        return n1 + "+" + n2;
    }

    /**
     * @param names column names
     * @param types column types, same length
     * @return one column spec per name
     */
    public static final DataColumnSpec[] createColumnSpecs(final String[] names, final DataType[] types) {
        if (names.length != types.length) {
            throw new IllegalArgumentException("Parameter arrays names and types must have the same length (names: "
                + names.length + ", types: " + types.length + ").");
        }
        DataColumnSpec[] specs = new DataColumnSpec[names.length];
        for (int i = 0; i < names.length; i++) {
            specs[i] = new DataColumnSpecCreator(names[i], types[i]).createSpec();
        }
        return specs;
    }

    /**
     * @param spec a spec
     * @param columnName a desired (trimmed) name
     * @return the name, or "name (#1)", "name (#2)", ... whichever is first not in {@code spec}
     */
    public static String getUniqueColumnName(final DataTableSpec spec, final String columnName) {
        if (columnName == null) {
            throw new NullPointerException("Column name must not be null.");
        }
        String base = columnName.trim();
        String result = base;
        for (int i = 1; spec.containsName(result); i++) {
            result = base + " (#" + i + ")";
        }
        return result;
    }

    /** @return the table name */
    public String getName() {
        return m_name;
    }

    /** @return the number of columns */
    public int getNumColumns() {
        return m_columns.length;
    }

    /**
     * @param index a column index
     * @return the column spec
     */
    public DataColumnSpec getColumnSpec(final int index) {
        return m_columns[index];
    }

    /**
     * @param column a column name
     * @return the column spec, or null if there is no such column
     */
    public DataColumnSpec getColumnSpec(final String column) {
        int i = findColumnIndex(column);
        return i < 0 ? null : m_columns[i];
    }

    /**
     * @param columnName a column name
     * @return its index, or -1
     */
    public int findColumnIndex(final String columnName) {
        Integer i = columnName == null ? null : m_index.get(columnName);
        return i == null ? -1 : i;
    }

    /**
     * @param name a column name
     * @return whether there is such a column
     */
    public boolean containsName(final String name) {
        return findColumnIndex(name) >= 0;
    }

    /**
     * @param valueClass a value interface
     * @return whether any column's type is compatible with it
     */
    public boolean containsCompatibleType(final Class<? extends DataValue> valueClass) {
        return stream().anyMatch(c -> c.getType().isCompatible(valueClass));
    }

    /** @return the column names in order */
    public final String[] getColumnNames() {
        return stream().map(DataColumnSpec::getName).toArray(String[]::new);
    }

    /**
     * @param columns column names
     * @return their indices
     * @throws IllegalArgumentException if a column is not found
     */
    public int[] columnsToIndices(final String... columns) {
        int[] indices = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            indices[i] = findColumnIndex(columns[i]);
            if (indices[i] < 0) {
                throw new IllegalArgumentException("Column not found: \"" + columns[i] + "\"");
            }
        }
        return indices;
    }

    /**
     * @param spec another spec
     * @return whether both have the same column names and types in the same order
     */
    public boolean equalStructure(final DataTableSpec spec) {
        if (spec == null || spec.getNumColumns() != getNumColumns()) {
            return false;
        }
        for (int i = 0; i < m_columns.length; i++) {
            if (!m_columns[i].equalStructure(spec.m_columns[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        return Arrays.asList(m_columns).iterator();
    }

    /** @return the columns as a stream */
    public Stream<DataColumnSpec> stream() {
        return Arrays.stream(m_columns);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj == this
            || (obj instanceof DataTableSpec s && s.m_name.equals(m_name) && Arrays.equals(s.m_columns, m_columns));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_columns);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("name=" + m_name + ",columns=[");
        for (int i = 0; i < m_columns.length; i++) {
            b.append(i > 0 ? "; " : "").append(m_columns[i]);
        }
        return b.append("]").toString();
    }
}
