package org.knime.core.node.defaultnodesettings;

import java.text.ParseException;
import java.util.Optional;

import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponentNumber}: a spinner for a
 * double or integer model, bounded by the model's bounds if it is a bounded model. (Flow variable buttons are
 * omitted.)
 */
public class DialogComponentNumber extends DialogComponent {

    private final JSpinner m_spinner;

    private final JLabel m_label;

    /**
     * @param numberModel a {@link SettingsModelDouble} or {@link SettingsModelInteger} (or bounded subclass)
     * @param label the label text
     * @param stepSize the spinner step
     */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize) {
        this(numberModel, label, stepSize, 10);
    }

    /**
     * @param numberModel a {@link SettingsModelDouble} or {@link SettingsModelInteger} (or bounded subclass)
     * @param label the label text
     * @param stepSize the spinner step
     * @param compWidth the editor width in columns
     */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize,
        final int compWidth) {
        super(numberModel);
        SpinnerNumberModel spinnerModel;
        if (numberModel instanceof SettingsModelDoubleBounded b) {
            spinnerModel = new SpinnerNumberModel(b.getDoubleValue(), b.getLowerBound(), b.getUpperBound(),
                stepSize.doubleValue());
        } else if (numberModel instanceof SettingsModelDouble d) {
            spinnerModel = new SpinnerNumberModel(Double.valueOf(d.getDoubleValue()), null, null,
                Double.valueOf(stepSize.doubleValue()));
        } else if (numberModel instanceof SettingsModelIntegerBounded b) {
            spinnerModel = new SpinnerNumberModel(b.getIntValue(), b.getLowerBound(), b.getUpperBound(),
                stepSize.intValue());
        } else if (numberModel instanceof SettingsModelInteger i) {
            spinnerModel = new SpinnerNumberModel(Integer.valueOf(i.getIntValue()), null, null,
                Integer.valueOf(stepSize.intValue()));
        } else {
            throw new IllegalArgumentException("Only Double and Integer SettingsModels supported by this component.");
        }
        m_spinner = new JSpinner(spinnerModel);
        ((JSpinner.DefaultEditor)m_spinner.getEditor()).getTextField().setColumns(compWidth);
        m_spinner.addChangeListener(e -> numberModel.setNumberValueStr(m_spinner.getValue().toString()));
        numberModel.prependChangeListener(e -> updateComponent());
        m_label = new JLabel(label);
        getComponentPanel().add(m_label);
        getComponentPanel().add(m_spinner);
        updateComponent();
    }

    /** @return the spinner */
    public JSpinner getSpinner() {
        return m_spinner;
    }

    /** @return the label */
    public JLabel getLabel() {
        return m_label;
    }

    /** @return empty: the stand-in shows no warning label */
    public Optional<JLabel> getWarningLabel() {
        return Optional.empty();
    }

    @Override
    protected void updateComponent() {
        SettingsModelNumber model = (SettingsModelNumber)getModel();
        Object value = model instanceof SettingsModelDouble d ? (Object)d.getDoubleValue()
            : (Object)((SettingsModelInteger)model).getIntValue();
        if (!value.equals(m_spinner.getValue())) {
            m_spinner.setValue(value);
        }
        setEnabledComponents(model.isEnabled());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        try {
            m_spinner.commitEdit();
            ((SettingsModelNumber)getModel()).setNumberValueStr(m_spinner.getValue().toString());
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidSettingsException("Please enter a valid number"
                + (e.getMessage() == null ? "." : ": " + e.getMessage()));
        }
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_spinner.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_spinner.setToolTipText(text);
        m_label.setToolTipText(text);
    }
}
