package org.knime.core.node.defaultnodesettings;

import java.awt.Color;

import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponent}: a Swing editor bound to a
 * {@link SettingsModel}. Loading stores the specs, checks configurability, loads the model (dialog side) and
 * updates the component; saving validates the component (errors of a disabled model are ignored) and saves the
 * model (dialog side). (The nested {@code EmptySettingsModel} is omitted.)
 */
public abstract class DialogComponent {

    /** Default text foreground. */
    protected static final Color DEFAULT_FG = color("TextField.foreground", Color.BLACK);

    /** Default text background. */
    protected static final Color DEFAULT_BG = color("TextField.background", Color.WHITE);

    private final SettingsModel m_model;

    private final JPanel m_panel = new JPanel();

    private PortObjectSpec[] m_lastSpecs;

    /** @param model the edited model, not null */
    public DialogComponent(final SettingsModel model) {
        if (model == null) {
            throw new NullPointerException("SettingsModel can't be null.");
        }
        m_model = model;
    }

    private static Color color(final String key, final Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : c;
    }

    /** @return the panel holding the component's widgets */
    public JPanel getComponentPanel() {
        return m_panel;
    }

    /** @return the model */
    public final SettingsModel getModel() {
        return m_model;
    }

    /**
     * @param portID an input port index
     * @return the spec passed with the last load, or null
     */
    protected final PortObjectSpec getLastTableSpec(final int portID) {
        return m_lastSpecs == null ? null : m_lastSpecs[portID];
    }

    /** @return the specs passed with the last load, or null */
    protected final PortObjectSpec[] getLastTableSpecs() {
        return m_lastSpecs;
    }

    /**
     * @param settings the node settings
     * @param specs the input specs
     * @throws NotConfigurableException if the component cannot work with the specs
     */
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        m_lastSpecs = specs;
        checkConfigurabilityBeforeLoad(specs);
        m_model.dlgLoadSettingsFrom(settings, specs);
        updateComponent();
    }

    /** Shows the model's current value. */
    protected abstract void updateComponent();

    /**
     * @param settings receives the model's value
     * @throws InvalidSettingsException if the component's input is invalid and the model enabled
     */
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        try {
            validateSettingsBeforeSave();
        } catch (InvalidSettingsException e) {
            if (m_model.isEnabled()) {
                throw e;
            }
        }
        m_model.dlgSaveSettingsTo(settings);
    }

    /** @throws InvalidSettingsException if the current input cannot be saved */
    protected abstract void validateSettingsBeforeSave() throws InvalidSettingsException;

    /**
     * @param specs the input specs
     * @throws NotConfigurableException if the component cannot work with them
     */
    protected abstract void checkConfigurabilityBeforeLoad(PortObjectSpec[] specs) throws NotConfigurableException;

    /** @param enabled enables/disables model and widgets */
    public final void setEnabled(final boolean enabled) {
        m_model.setEnabled(enabled);
        setEnabledComponents(enabled);
        m_panel.setEnabled(enabled);
    }

    /** @param enabled enables/disables the widgets */
    protected abstract void setEnabledComponents(boolean enabled);

    /** @param field marks the field's content as invalid */
    protected void showError(final JTextField field) {
        if (!m_model.isEnabled()) {
            return;
        }
        if (field.getText().isEmpty()) {
            field.setBackground(Color.RED);
        } else {
            field.setForeground(Color.RED);
        }
    }

    /** @param field clears the error marking */
    protected void clearError(final JTextField field) {
        field.setForeground(DEFAULT_FG);
        field.setBackground(DEFAULT_BG);
    }

    /** @param text tooltip for the widgets */
    public abstract void setToolTipText(String text);
}
