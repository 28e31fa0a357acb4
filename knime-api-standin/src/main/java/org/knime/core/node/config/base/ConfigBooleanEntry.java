package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigBooleanEntry}: a boolean entry ({@code xboolean}).
 */
public final class ConfigBooleanEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final boolean m_value;

    /**
     * @param key the key
     * @param value the value
     */
    public ConfigBooleanEntry(final String key, final boolean value) {
        super(ConfigEntries.xboolean, key);
        m_value = value;
    }

    /**
     * @param key the key
     * @param value the value in its XML text form
     */
    public ConfigBooleanEntry(final String key, final String value) {
        super(ConfigEntries.xboolean, key);
        m_value = Boolean.parseBoolean(value);
    }

    /** @return the value */
    public boolean getBoolean() {
        return m_value;
    }

    @Override
    public String toStringValue() {
        return Boolean.toString(m_value);
    }

    @Override
    protected boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        ConfigBooleanEntry e = (ConfigBooleanEntry)ace;
        return m_value == e.m_value;
    }
}
