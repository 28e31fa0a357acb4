package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelBoolean}: a boolean saved with
 * {@code addBoolean(configName, value)}; model id {@code SMID_boolean}.
 */
public class SettingsModelBoolean extends SettingsModel {

    private final String m_configName;

    private boolean m_value;

    /**
     * @param configName the key, non-empty
     * @param defaultValue the initial value
     */
    public SettingsModelBoolean(final String configName, final boolean defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelBoolean createClone() {
        return new SettingsModelBoolean(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_boolean";
    }

    /** @return the key (public here, as in KNIME) */
    @Override
    public String getConfigName() {
        return m_configName;
    }

    /** @param newValue the new value; listeners are notified on change */
    public void setBooleanValue(final boolean newValue) {
        boolean changed = newValue != m_value;
        m_value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** @return the value */
    public boolean getBooleanValue() {
        return m_value;
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        setBooleanValue(settings.getBoolean(m_configName, m_value));
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getBoolean(m_configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        setBooleanValue(settings.getBoolean(m_configName));
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addBoolean(m_configName, m_value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }
}
