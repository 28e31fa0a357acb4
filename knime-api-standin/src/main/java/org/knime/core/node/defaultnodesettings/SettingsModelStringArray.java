package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.HashSet;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelStringArray}: a string array
 * (may be null) saved with {@code addStringArray}; model id {@code SMID_stringarray}.
 */
public class SettingsModelStringArray extends SettingsModel {

    private final String m_configName;

    private String[] m_value;

    /**
     * @param configName the key, non-empty
     * @param defaultValue the initial value (not copied, as in KNIME)
     */
    public SettingsModelStringArray(final String configName, final String[] defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelStringArray createClone() {
        return new SettingsModelStringArray(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_stringarray";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        setStringArrayValue(settings.getStringArray(m_configName, m_value));
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    /** @param newValue copied; listeners are notified if the set of strings changed */
    public void setStringArrayValue(final String[] newValue) {
        boolean same = newValue == null ? m_value == null
            : m_value != null && m_value.length == newValue.length
                && new HashSet<>(Arrays.asList(m_value)).containsAll(Arrays.asList(newValue));
        m_value = newValue == null ? null : newValue.clone();
        if (!same) {
            notifyChangeListeners();
        }
    }

    /** @return a copy of the value, or null */
    public String[] getStringArrayValue() {
        return m_value == null ? null : m_value.clone();
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getStringArray(m_configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        setStringArrayValue(settings.getStringArray(m_configName));
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addStringArray(m_configName, getStringArrayValue());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }
}
