package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigDoubleEntry}: a double entry ({@code xdouble}).
 */
public final class ConfigDoubleEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final double m_value;

    /**
     * @param key the key
     * @param value the value
     */
    public ConfigDoubleEntry(final String key, final double value) {
        super(ConfigEntries.xdouble, key);
        m_value = value;
    }

    /**
     * @param key the key
     * @param value the value in its XML text form
     */
    public ConfigDoubleEntry(final String key, final String value) {
        super(ConfigEntries.xdouble, key);
        m_value = Double.parseDouble(value);
    }

    /** @return the value */
    public double getDouble() {
        return m_value;
    }

    @Override
    public String toStringValue() {
        return Double.toString(m_value);
    }

    @Override
    protected boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        ConfigDoubleEntry e = (ConfigDoubleEntry)ace;
        return Double.compare(m_value, e.m_value) == 0;
    }
}
