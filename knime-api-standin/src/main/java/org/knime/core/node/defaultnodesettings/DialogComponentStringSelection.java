package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponentStringSelection}: a combo box
 * over a fixed list of strings (optionally editable). (Icon options and flow variables are omitted.)
 */
public final class DialogComponentStringSelection extends DialogComponent {

    private final JComboBox<String> m_combo = new JComboBox<>();

    /**
     * @param stringModel the model
     * @param label the label text
     * @param list the choices, not empty
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final String... list) {
        this(stringModel, label, Arrays.asList(list), false);
    }

    /**
     * @param stringModel the model
     * @param label the label text
     * @param list the choices, not empty
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list) {
        this(stringModel, label, list, false);
    }

    /**
     * @param stringModel the model
     * @param label the label text
     * @param list the choices, not empty
     * @param editable whether other values can be typed
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list, final boolean editable) {
        super(stringModel);
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException("Selection list of options shouldn't be null or empty");
        }
        m_combo.setModel(new DefaultComboBoxModel<>(list.toArray(new String[0])));
        m_combo.setEditable(editable);
        m_combo.addActionListener(e -> {
            Object sel = m_combo.getSelectedItem();
            stringModel.setStringValue(sel == null ? null : sel.toString());
        });
        stringModel.prependChangeListener(e -> updateComponent());
        getComponentPanel().add(new JLabel(label));
        getComponentPanel().add(m_combo);
        updateComponent();
    }

    @Override
    protected void updateComponent() {
        String value = ((SettingsModelString)getModel()).getStringValue();
        if (!Objects.equals(value, m_combo.getSelectedItem())) {
            m_combo.setSelectedItem(value);
        }
        setEnabledComponents(getModel().isEnabled());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        Object sel = m_combo.getSelectedItem();
        if (sel == null) {
            throw new InvalidSettingsException("Please select an item from the list.");
        }
        ((SettingsModelString)getModel()).setStringValue(sel.toString());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_combo.setEnabled(enabled);
    }

    /**
     * @param width preferred width in pixels
     * @param height preferred height in pixels
     */
    public void setSizeComponents(final int width, final int height) {
        m_combo.setPreferredSize(new java.awt.Dimension(width, height));
    }

    @Override
    public void setToolTipText(final String text) {
        m_combo.setToolTipText(text);
    }

    /**
     * @param newItems the new choices, not empty
     * @param select the item to select; null keeps the model's value if still a choice
     */
    public void replaceListItems(final Collection<String> newItems, final String select) {
        if (newItems == null || newItems.isEmpty()) {
            throw new IllegalArgumentException("The container with the new items can't be null or empty.");
        }
        List<String> items = new ArrayList<>(newItems);
        String current = ((SettingsModelString)getModel()).getStringValue();
        String target = select != null ? select : (items.contains(current) ? current : items.get(0));
        m_combo.setModel(new DefaultComboBoxModel<>(items.toArray(new String[0])));
        m_combo.setSelectedItem(target);
        ((SettingsModelString)getModel()).setStringValue(target);
    }
}
