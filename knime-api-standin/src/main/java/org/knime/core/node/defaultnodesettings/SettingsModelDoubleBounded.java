package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded}: a double within [min, max]
 * (inclusive). Out-of-range values are rejected by the setter (IllegalArgumentException) and by validation
 * (InvalidSettingsException) with KNIME's message "value (=x) must be within the range [min...max].".
 */
public class SettingsModelDoubleBounded extends SettingsModelDouble {

    private final double m_min;

    private final double m_max;

    /**
     * @param configName the key
     * @param defaultValue the initial value, within the bounds
     * @param minValue lower bound
     * @param maxValue upper bound
     */
    public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue,
        final double maxValue) {
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
    protected SettingsModelDoubleBounded createClone() {
        return new SettingsModelDoubleBounded(getConfigName(), getDoubleValue(), m_min, m_max);
    }

    /** @return the lower bound */
    public double getLowerBound() {
        return m_min;
    }

    /** @return the upper bound */
    public double getUpperBound() {
        return m_max;
    }

    @Override
    protected void validateValue(final double value) throws InvalidSettingsException {
        super.validateValue(value);
        try {
            checkBounds(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    @Override
    public void setDoubleValue(final double newValue) {
        checkBounds(newValue);
        super.setDoubleValue(newValue);
    }

    private void checkBounds(final double value) {
        if (value < m_min || value > m_max) {
            throw new IllegalArgumentException(
                "value (=" + value + ") must be within the range [" + m_min + "..." + m_max + "].");
        }
    }
}
