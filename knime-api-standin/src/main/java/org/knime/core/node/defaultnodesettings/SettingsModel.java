package org.knime.core.node.defaultnodesettings;

import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.config.Config;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModel}: one setting shared by a node
 * model and its dialog. Saving writes, as KNIME does, a sub-config {@code <configName>_Internals} holding
 * {@code SettingsModelID} (string) and {@code EnabledStatus} (boolean), then the value. On load/validate the
 * internals are optional (old settings lack them); if present they restore the enabled status, and a disabled
 * model neither validates nor fails on a missing value.
 */
public abstract class SettingsModel {

    /** Suffix of the sub-config holding model id and enabled status. */
    public static final String CFGKEY_INTERNAL = "_Internals";

    private static final String CFGKEY_MODELID = "SettingsModelID";

    private static final String CFGKEY_ENABLESTAT = "EnabledStatus";

    private final CopyOnWriteArrayList<ChangeListener> m_listeners = new CopyOnWriteArrayList<>();

    private boolean m_enabled = true;

    /** Enabled, without listeners. */
    public SettingsModel() {
    }

    /**
     * @param <T> the model class
     * @param settings settings holding a valid value
     * @return a clone of this model holding the value from {@code settings}
     * @throws InvalidSettingsException if the value is missing or invalid
     */
    public final <T extends SettingsModel> T createCloneWithValidatedValue(final NodeSettingsRO settings)
        throws InvalidSettingsException {
        T result = createClone();
        SettingsModel r = result;
        r.m_enabled = m_enabled;
        r.readInternals(settings);
        result.loadSettingsForModel(settings);
        return result;
    }

    /**
     * @param <T> the model class
     * @return a copy with the same config name and value
     */
    protected abstract <T extends SettingsModel> T createClone();

    /** @return the id written as {@code SettingsModelID} */
    protected abstract String getModelTypeID();

    /** @return the key the value is stored under */
    protected abstract String getConfigName();

    /**
     * @param settings the settings to show (a missing value keeps the current one)
     * @param specs the input specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    protected abstract void loadSettingsForDialog(NodeSettingsRO settings, PortObjectSpec[] specs)
        throws NotConfigurableException;

    /** Dialog-side load: internals if present, then the value. */
    final void dlgLoadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            readInternals(settings);
        } catch (InvalidSettingsException e) {
            // as in KNIME: broken internals are ignored when loading into the dialog
        }
        loadSettingsForDialog(settings, specs);
    }

    /**
     * @param settings receives the value from the dialog
     * @throws InvalidSettingsException if the dialog's value is invalid
     */
    protected abstract void saveSettingsForDialog(NodeSettingsWO settings) throws InvalidSettingsException;

    /** Dialog-side save: internals, then the value (errors of a disabled model are ignored). */
    final void dlgSaveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        writeInternals(settings);
        try {
            saveSettingsForDialog(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    /** @param l notified on value or enabled-status changes */
    public void addChangeListener(final ChangeListener l) {
        m_listeners.addIfAbsent(l);
    }

    /** @param l notified before the listeners added so far */
    protected void prependChangeListener(final ChangeListener l) {
        if (!m_listeners.contains(l)) {
            m_listeners.add(0, l);
        }
    }

    /** @param l no longer notified */
    public void removeChangeListener(final ChangeListener l) {
        m_listeners.remove(l);
    }

    /** Notifies all listeners. */
    protected void notifyChangeListeners() {
        ChangeEvent e = new ChangeEvent(this);
        for (ChangeListener l : m_listeners) {
            l.stateChanged(e);
        }
    }

    /** @param enabled the new status; listeners are notified on change */
    public void setEnabled(final boolean enabled) {
        boolean changed = m_enabled != enabled;
        m_enabled = enabled;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** @return whether enabled */
    public boolean isEnabled() {
        return m_enabled;
    }

    /**
     * Checks the settings without changing this model (validation is skipped if they mark the model disabled).
     *
     * @param settings the settings
     * @throws InvalidSettingsException if invalid
     */
    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        boolean before = m_enabled;
        readInternals(settings);
        boolean enabledInSettings = m_enabled;
        m_enabled = before;
        if (enabledInSettings) {
            validateSettingsForModel(settings);
        }
    }

    /**
     * @param settings the settings
     * @throws InvalidSettingsException if the value is missing or invalid
     */
    protected abstract void validateSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    /**
     * @param settings the settings (internals optional)
     * @throws InvalidSettingsException if the value is missing or invalid and the model is enabled
     */
    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        readInternals(settings);
        try {
            loadSettingsForModel(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    /**
     * @param settings the settings
     * @throws InvalidSettingsException if the value is missing or invalid
     */
    protected abstract void loadSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    /** @param settings receives the internals sub-config and the value */
    public final void saveSettingsTo(final NodeSettingsWO settings) {
        writeInternals(settings);
        saveSettingsForModel(settings);
    }

    /** @param settings receives the value */
    protected abstract void saveSettingsForModel(NodeSettingsWO settings);

    private void readInternals(final NodeSettingsRO settings) throws InvalidSettingsException {
        Config internals;
        try {
            internals = settings.getConfig(getConfigName() + CFGKEY_INTERNAL);
        } catch (InvalidSettingsException absent) {
            return; // settings written before the internals existed
        }
        internals.getString(CFGKEY_MODELID);
        m_enabled = internals.getBoolean(CFGKEY_ENABLESTAT);
    }

    private void writeInternals(final NodeSettingsWO settings) {
        Config internals = settings.addConfig(getConfigName() + CFGKEY_INTERNAL);
        internals.addString(CFGKEY_MODELID, getModelTypeID());
        internals.addBoolean(CFGKEY_ENABLESTAT, m_enabled);
    }

    @Override
    public abstract String toString();
}
