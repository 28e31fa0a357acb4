package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigLongEntry}: a long entry ({@code xlong}).
 */
public final class ConfigLongEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final long m_value;

    /**
     * @param key the key
     * @param value the value
     */
    public ConfigLongEntry(final String key, final long value) {
        super(ConfigEntries.xlong, key);
        m_value = value;
    }

    /**
     * @param key the key
     * @param value the value in its XML text form
     */
    public ConfigLongEntry(final String key, final String value) {
        super(ConfigEntries.xlong, key);
        m_value = Long.parseLong(value);
    }

    /** @return the value */
    public long getLong() {
        return m_value;
    }

    @Override
    public String toStringValue() {
        return Long.toString(m_value);
    }

    @Override
    protected boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        ConfigLongEntry e = (ConfigLongEntry)ace;
        return m_value == e.m_value;
    }
}
