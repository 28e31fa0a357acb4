package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigCharEntry}: a char entry ({@code xchar}).
 */
public final class ConfigCharEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final char m_value;

    /**
     * @param key the key
     * @param value the value
     */
    public ConfigCharEntry(final String key, final char value) {
        super(ConfigEntries.xchar, key);
        m_value = value;
    }

    /**
     * @param key the key
     * @param value a one-character string
     */
    public ConfigCharEntry(final String key, final String value) {
        super(ConfigEntries.xchar, key);
        if (value.length() > 1) {
            throw new IllegalArgumentException("ConfigCharEntry only takes strings of length one.");
        }
        m_value = value.charAt(0);
    }

    /** @return the value */
    public char getChar() {
        return m_value;
    }

    @Override
    public String toStringValue() {
        return String.valueOf(m_value);
    }

    @Override
    protected boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        return ((ConfigCharEntry)ace).m_value == m_value;
    }
}
