package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded}: a int within [min, max]
 * (inclusive). Out-of-range values are rejected by the setter (IllegalArgumentException) and by validation
 * (InvalidSettingsException) with KNIME's message "Value (=x) must be within the range [min...max].".
 */
public class SettingsModelIntegerBounded extends SettingsModelInteger {

    private final int m_min;

    private final int m_max;

    /**
     * @param configName the key
     * @param defaultValue the initial value, within the bounds
     * @param minValue lower bound
     * @param maxValue upper bound
     */
    public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue,
        final int maxValue) {
        super(configName, defaultValue);
        if (minValue > maxValue) {
            throw new IllegalArgumentException("Specified min value must be smaller than the max value.");
        }
        m_min = minValue;
        m_max = maxValue;
        try {
            checkBounds(defaultValue);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("InitialValue:" + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelIntegerBounded createClone() {
        return new SettingsModelIntegerBounded(getConfigName(), getIntValue(), m_min, m_max);
    }

    /** @return the lower bound */
    public int getLowerBound() {
        return m_min;
    }

    /** @return the upper bound */
    public int getUpperBound() {
        return m_max;
    }

    @Override
    protected void validateValue(final int value) throws InvalidSettingsException {
        super.validateValue(value);
        try {
            checkBounds(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    @Override
    public void setIntValue(final int newValue) {
        checkBounds(newValue);
        super.setIntValue(newValue);
    }

    private void checkBounds(final int value) {
        if (value < m_min || value > m_max) {
            throw new IllegalArgumentException(
                "Value (=" + value + ") must be within the range [" + m_min + "..." + m_max + "].");
        }
    }
}
