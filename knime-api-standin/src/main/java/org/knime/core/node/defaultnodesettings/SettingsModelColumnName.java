package org.knime.core.node.defaultnodesettings;

import java.util.Objects;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelColumnName}: a column name or
 * "use the RowID". Saved as {@code <configName>_Internals} (model id {@code SMID_string}) plus a sub-config
 * {@code <configName>} holding {@code useRowID} (boolean) and {@code columnName} (string), in that order.
 */
public class SettingsModelColumnName extends SettingsModelString {

    private static final String CFG_COLUMN_NAME = "columnName";

    private static final String CFG_ROWID = "useRowID";

    private final String m_configName;

    private boolean m_useRowID;

    /**
     * @param configName the key, non-empty
     * @param defaultValue the initial column name
     */
    public SettingsModelColumnName(final String configName, final String defaultValue) {
        super(CFG_COLUMN_NAME, defaultValue);
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelColumnName createClone() {
        SettingsModelColumnName clone = new SettingsModelColumnName(m_configName, getStringValue());
        clone.m_useRowID = m_useRowID;
        return clone;
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    /**
     * @param columnName the column (ignored by readers if useRowID)
     * @param useRowID whether the RowID is selected
     */
    public void setSelection(final String columnName, final boolean useRowID) {
        boolean rowIdChanged = m_useRowID != useRowID;
        m_useRowID = useRowID;
        boolean nameChanged = !Objects.equals(columnName, getStringValue());
        setStringValue(columnName);
        if (rowIdChanged && !nameChanged) {
            notifyChangeListeners();
        }
    }

    /** @return whether the RowID is selected */
    public boolean useRowID() {
        return m_useRowID;
    }

    /** @return the selected column name */
    public String getColumnName() {
        return getStringValue();
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO sub = settings.getNodeSettings(m_configName);
        sub.getBoolean(CFG_ROWID);
        super.validateSettingsForModel(sub);
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        NodeSettingsWO sub = settings.addNodeSettings(m_configName);
        sub.addBoolean(CFG_ROWID, m_useRowID);
        super.saveSettingsForDialog(sub);
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        NodeSettingsWO sub = settings.addNodeSettings(m_configName);
        sub.addBoolean(CFG_ROWID, m_useRowID);
        super.saveSettingsForModel(sub);
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            NodeSettingsRO sub = settings.getNodeSettings(m_configName);
            setSelection(sub.getString(CFG_COLUMN_NAME, getStringValue()), sub.getBoolean(CFG_ROWID));
        } catch (InvalidSettingsException e) {
            // keep the current selection, as KNIME does
        }
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO sub = settings.getNodeSettings(m_configName);
        boolean useRowId = sub.getBoolean(CFG_ROWID);
        setSelection(sub.getString(CFG_COLUMN_NAME), useRowId);
    }
}
