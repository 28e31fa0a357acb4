package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigShortEntry}: a short entry ({@code xshort}).
 */
public final class ConfigShortEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final short m_value;

    /**
     * @param key the key
     * @param value the value
     */
    public ConfigShortEntry(final String key, final short value) {
        super(ConfigEntries.xshort, key);
        m_value = value;
    }

    /**
     * @param key the key
     * @param value the value in its XML text form
     */
    public ConfigShortEntry(final String key, final String value) {
        super(ConfigEntries.xshort, key);
        m_value = Short.parseShort(value);
    }

    /** @return the value */
    public short getShort() {
        return m_value;
    }

    @Override
    public String toStringValue() {
        return Short.toString(m_value);
    }

    @Override
    protected boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        ConfigShortEntry e = (ConfigShortEntry)ace;
        return m_value == e.m_value;
    }
}
