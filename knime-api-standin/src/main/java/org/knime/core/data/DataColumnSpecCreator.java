package org.knime.core.data;

/** Stand-in for KNIME's {@code org.knime.core.data.DataColumnSpecCreator}: builds {@link DataColumnSpec}s. */
public final class DataColumnSpecCreator {

    private static final java.util.concurrent.atomic.AtomicInteger EMPTY_COUNT =
        new java.util.concurrent.atomic.AtomicInteger();

    private String m_name;

    private DataType m_type;

    /**
     * @param name the column name
     * @param type the column type
     */
    public DataColumnSpecCreator(final String name, final DataType type) {
        setName(name);
        setType(type);
    }

    /** @param cspec a spec to start from */
    public DataColumnSpecCreator(final DataColumnSpec cspec) {
        this(cspec.getName(), cspec.getType());
    }

    /** @param name the new name, not null; trimmed, an empty name becomes "&lt;empty_N&gt;" as in KNIME */
    public void setName(final String name) {
        if (name == null) {
            throw new NullPointerException("Name of DataColumnSpec must not be null!");
        }
        String valid = name.trim();
        if (valid.isEmpty()) {
            valid = "<empty_" + EMPTY_COUNT.incrementAndGet() + ">";
        }
        m_name = valid;
    }

    /** @param type the new type, not null */
    public void setType(final DataType type) {
        if (type == null) {
            throw new NullPointerException("Type of DataColumnSpec must not be null!");
        }
        m_type = type;
    }

    /** @return the current type */
    public DataType getType() {
        return m_type;
    }

    /** @return a new spec with the current name and type */
    public DataColumnSpec createSpec() {
        return new DataColumnSpec(m_name, m_type);
    }
}
