package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigByteEntry}: a byte entry ({@code xbyte}).
 */
public final class ConfigByteEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final byte m_value;

    /**
     * @param key the key
     * @param value the value
     */
    public ConfigByteEntry(final String key, final byte value) {
        super(ConfigEntries.xbyte, key);
        m_value = value;
    }

    /**
     * @param key the key
     * @param value the value in its XML text form
     */
    public ConfigByteEntry(final String key, final String value) {
        super(ConfigEntries.xbyte, key);
        m_value = Byte.parseByte(value);
    }

    /** @return the value */
    public byte getByte() {
        return m_value;
    }

    @Override
    public String toStringValue() {
        return Byte.toString(m_value);
    }

    @Override
    protected boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        ConfigByteEntry e = (ConfigByteEntry)ace;
        return m_value == e.m_value;
    }
}
