package org.knime.core.node.defaultnodesettings;

import java.util.Objects;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelString}: a string (may be null)
 * saved with {@code addString(configName, value)}; model id {@code SMID_string}.
 */
public class SettingsModelString extends SettingsModel {

    private final String m_configName;

    private String m_value;

    /**
     * @param configName the key, non-empty
     * @param defaultValue the initial value
     */
    public SettingsModelString(final String configName, final String defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelString createClone() {
        return new SettingsModelString(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_string";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            setStringValue(settings.getString(m_configName, m_value));
        } catch (IllegalArgumentException e) {
            // keep the current value, as KNIME does
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        settings.addString(m_configName, getStringValue());
    }

    /** @param newValue the new value; listeners are notified on change */
    public void setStringValue(final String newValue) {
        boolean changed = !Objects.equals(newValue, m_value);
        m_value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** @return the value */
    public String getStringValue() {
        return m_value;
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getString(m_configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setStringValue(settings.getString(m_configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addString(m_configName, getStringValue());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }
}
