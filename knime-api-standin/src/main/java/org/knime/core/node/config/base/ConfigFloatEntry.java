package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigFloatEntry}: a float entry ({@code xfloat}). Written like the real one: {@code Double.toString} of the widened value.
 */
public final class ConfigFloatEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final float m_value;

    /**
     * @param key the key
     * @param value the value
     */
    public ConfigFloatEntry(final String key, final float value) {
        super(ConfigEntries.xfloat, key);
        m_value = value;
    }

    /**
     * @param key the key
     * @param value the value in its XML text form
     */
    public ConfigFloatEntry(final String key, final String value) {
        super(ConfigEntries.xfloat, key);
        m_value = Float.parseFloat(value);
    }

    /** @return the value */
    public float getFloat() {
        return m_value;
    }

    @Override
    public String toStringValue() {
        return Double.toString(m_value);
    }

    @Override
    protected boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        ConfigFloatEntry e = (ConfigFloatEntry)ace;
        return Float.compare(m_value, e.m_value) == 0;
    }
}
