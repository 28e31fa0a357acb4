package org.knime.core.data;

import java.util.Objects;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataColumnSpec}: a column's name and type. Created by
 * {@link DataColumnSpecCreator}. (Domain, properties and handlers are omitted.)
 */
public final class DataColumnSpec {

    private final String m_name;

    private final DataType m_type;

    DataColumnSpec(final String name, final DataType type) {
        m_name = Objects.requireNonNull(name, "Column name must not be null.");
        m_type = Objects.requireNonNull(type, "Column type must not be null.");
    }

    /** @return the column name */
    public String getName() {
        return m_name;
    }

    /** @return the column type */
    public DataType getType() {
        return m_type;
    }

    /**
     * @param cspec another column spec
     * @return whether names are equal and this type is a super type of the other's
     */
    public boolean isCompatibleWith(final DataColumnSpec cspec) {
        return m_name.equals(cspec.m_name) && m_type.isASuperTypeOf(cspec.m_type);
    }

    /**
     * @param cspec another column spec
     * @return whether name and type are equal
     */
    public boolean equalStructure(final DataColumnSpec cspec) {
        return m_name.equals(cspec.m_name) && m_type.equals(cspec.m_type);
    }

    @Override
    public boolean equals(final Object o) {
        return o == this || (o instanceof DataColumnSpec c && equalStructure(c));
    }

    @Override
    public int hashCode() {
        return m_name.hashCode() ^ m_type.hashCode();
    }

    @Override
    public String toString() {
        return m_name + " (" + m_type + ")";
    }
}
