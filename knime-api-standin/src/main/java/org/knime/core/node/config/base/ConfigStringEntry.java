package org.knime.core.node.config.base;

import java.util.Objects;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigStringEntry}: a string entry ({@code xstring}); the value may be null.
 */
public final class ConfigStringEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final String m_value;

    /**
     * @param key the key
     * @param value the value, may be null
     */
    public ConfigStringEntry(final String key, final String value) {
        super(ConfigEntries.xstring, key);
        m_value = value;
    }

    /** @return the value, may be null */
    public String getString() {
        return m_value;
    }

    @Override
    public String toStringValue() {
        return m_value;
    }

    @Override
    protected boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        return Objects.equals(m_value, ((ConfigStringEntry)ace).m_value);
    }
}
