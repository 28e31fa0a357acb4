package org.knime.core.node.config.base;

import java.util.Objects;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigTransientStringEntry}: a string held in memory
 * only; the XML writer skips it.
 */
public final class ConfigTransientStringEntry extends AbstractConfigEntry {

    /** What {@link #toStringValue()} shows instead of the value. */
    public static final String HIDDEN_VALUE = "<hidden value>";

    private static final long serialVersionUID = 1L;

    private final transient String m_value;

    /**
     * @param key the key
     * @param value the value, may be null
     */
    public ConfigTransientStringEntry(final String key, final String value) {
        super(ConfigEntries.xtransientstring, key);
        m_value = value;
    }

    /** @return the value */
    public String getTransientString() {
        return m_value;
    }

    @Override
    public String toStringValue() {
        return m_value == null ? null : HIDDEN_VALUE;
    }

    @Override
    protected boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        return Objects.equals(m_value, ((ConfigTransientStringEntry)ace).m_value);
    }
}
