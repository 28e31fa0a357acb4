package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigIntEntry}: a int entry ({@code xint}).
 */
public final class ConfigIntEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final int m_value;

    /**
     * @param key the key
     * @param value the value
     */
    public ConfigIntEntry(final String key, final int value) {
        super(ConfigEntries.xint, key);
        m_value = value;
    }

    /**
     * @param key the key
     * @param value the value in its XML text form
     */
    public ConfigIntEntry(final String key, final String value) {
        super(ConfigEntries.xint, key);
        m_value = Integer.parseInt(value);
    }

    /** @return the value */
    public int getInt() {
        return m_value;
    }

    @Override
    public String toStringValue() {
        return Integer.toString(m_value);
    }

    @Override
    protected boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        ConfigIntEntry e = (ConfigIntEntry)ace;
        return m_value == e.m_value;
    }
}
