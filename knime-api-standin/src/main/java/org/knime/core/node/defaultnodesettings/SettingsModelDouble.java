package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelDouble}: a double saved with
 * {@code addDouble(configName, value)}; model id {@code SMID_double}. Subclasses restrict values via
 * {@link #validateValue(double)}.
 */
public class SettingsModelDouble extends SettingsModelNumber {

    private final String m_configName;

    private double m_value;

    /**
     * @param configName the key, non-empty
     * @param defaultValue the initial value
     */
    public SettingsModelDouble(final String configName, final double defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelDouble createClone() {
        return new SettingsModelDouble(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_double";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    /** @param newValue the new value; listeners are notified on change */
    public void setDoubleValue(final double newValue) {
        boolean changed = newValue != m_value;
        m_value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** @return the value */
    public double getDoubleValue() {
        return m_value;
    }

    @Override
    String getNumberValueStr() {
        return Double.toString(getDoubleValue());
    }

    @Override
    void setNumberValueStr(final String newValueStr) {
        try {
            setDoubleValue(Double.parseDouble(newValueStr.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid floating point number format.");
        }
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            setDoubleValue(settings.getDouble(m_configName, m_value));
        } catch (IllegalArgumentException e) {
            // out of bounds: keep the current value, as KNIME does
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        validateValue(settings.getDouble(m_configName));
    }

    /**
     * @param value a value about to be loaded
     * @throws InvalidSettingsException if not acceptable; accepts everything here
     */
    protected void validateValue(final double value) throws InvalidSettingsException {
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setDoubleValue(settings.getDouble(m_configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addDouble(m_configName, m_value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }
}
