package org.knime.core.node.defaultnodesettings;

import javax.swing.JCheckBox;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponentBoolean}: a check box. */
public final class DialogComponentBoolean extends DialogComponent {

    private final JCheckBox m_checkbox;

    /**
     * @param booleanModel the model
     * @param label the check box text
     */
    public DialogComponentBoolean(final SettingsModelBoolean booleanModel, final String label) {
        super(booleanModel);
        m_checkbox = new JCheckBox(label);
        m_checkbox.addItemListener(e -> booleanModel.setBooleanValue(m_checkbox.isSelected()));
        booleanModel.prependChangeListener(e -> updateComponent());
        getComponentPanel().add(m_checkbox);
        updateComponent();
    }

    @Override
    protected void updateComponent() {
        SettingsModelBoolean model = (SettingsModelBoolean)getModel();
        if (m_checkbox.isSelected() != model.getBooleanValue()) {
            m_checkbox.setSelected(model.getBooleanValue());
        }
        setEnabledComponents(model.isEnabled());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        ((SettingsModelBoolean)getModel()).setBooleanValue(m_checkbox.isSelected());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_checkbox.setEnabled(enabled);
    }

    /** @return whether the check box is ticked */
    public boolean isSelected() {
        return m_checkbox.isSelected();
    }

    @Override
    public void setToolTipText(final String text) {
        m_checkbox.setToolTipText(text);
    }
}
