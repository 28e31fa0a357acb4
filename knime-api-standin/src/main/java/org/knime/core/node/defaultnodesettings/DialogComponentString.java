package org.knime.core.node.defaultnodesettings;

import java.util.Objects;

import javax.swing.JLabel;
import javax.swing.JTextField;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponentString}: a text field. */
public final class DialogComponentString extends DialogComponent {

    private final JTextField m_field;

    private final boolean m_disallowEmpty;

    /**
     * @param stringModel the model
     * @param label the label text
     */
    public DialogComponentString(final SettingsModelString stringModel, final String label) {
        this(stringModel, label, false, 15);
    }

    /**
     * @param stringModel the model
     * @param label the label text
     * @param disallowEmptyString whether an empty text is invalid on save
     * @param compWidth the field width in columns
     */
    public DialogComponentString(final SettingsModelString stringModel, final String label,
        final boolean disallowEmptyString, final int compWidth) {
        super(stringModel);
        m_disallowEmpty = disallowEmptyString;
        m_field = new JTextField(compWidth);
        getComponentPanel().add(new JLabel(label));
        getComponentPanel().add(m_field);
        stringModel.prependChangeListener(e -> updateComponent());
        updateComponent();
    }

    @Override
    protected void updateComponent() {
        String value = ((SettingsModelString)getModel()).getStringValue();
        if (!Objects.equals(m_field.getText(), value == null ? "" : value)) {
            m_field.setText(value == null ? "" : value);
        }
        clearError(m_field);
        setEnabledComponents(getModel().isEnabled());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        if (m_disallowEmpty && m_field.getText().isEmpty()) {
            showError(m_field);
            throw new InvalidSettingsException("Please enter a string value.");
        }
        ((SettingsModelString)getModel()).setStringValue(m_field.getText());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_field.setEnabled(enabled);
    }

    /**
     * @param width preferred width in pixels
     * @param height preferred height in pixels
     */
    public void setSizeComponents(final int width, final int height) {
        m_field.setPreferredSize(new java.awt.Dimension(width, height));
    }

    @Override
    public void setToolTipText(final String text) {
        m_field.setToolTipText(text);
    }
}
