package org.knime.core.node.config.base;

import java.util.Objects;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigPasswordEntry}: a password entry ({@code xpassword}). The stand-in keeps the encrypted text as read and never encrypts or decrypts.
 */
public final class ConfigPasswordEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final String m_value;

    /**
     * @param key the key
     * @param value the value, may be null
     */
    public ConfigPasswordEntry(final String key, final String value) {
        super(ConfigEntries.xpassword, key);
        m_value = value;
    }

    /** @return the value, may be null */
    public String getPassword() {
        return m_value;
    }

    @Override
    public String toStringValue() {
        return m_value;
    }

    @Override
    protected boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        return Objects.equals(m_value, ((ConfigPasswordEntry)ace).m_value);
    }
}
