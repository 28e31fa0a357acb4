package org.knime.core.node.defaultnodesettings;

import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection}: a combo
 * box of the input's columns whose type is compatible with one of the given value classes. For a
 * {@link SettingsModelColumnName} an item "&lt;RowID&gt;" precedes the columns; with {@code addNoneCol} an item
 * "&lt;none&gt;" (saved as null) comes first. If the model's column is not offered, KNIME's fallback applies:
 * "&lt;none&gt;", else "&lt;RowID&gt;" if selected, else the last column. (ColumnFilter variants are omitted.)
 */
public class DialogComponentColumnNameSelection extends DialogComponent {

    private static final String ROW_ID = "<RowID>";

    private static final String NONE = "<none>";

    private final int m_specIndex;

    private final boolean m_required;

    private final boolean m_addNone;

    private final ColumnTypeFilter m_filter;

    private final JComboBox<String> m_combo = new JComboBox<>();

    private DataTableSpec m_spec;

    private boolean m_updating;

    /**
     * @param model the model
     * @param label the label text
     * @param specIndex the input port whose columns are offered
     * @param classFilter accepted value classes (none: all)
     */
    @SafeVarargs
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, true, classFilter);
    }

    /**
     * @param model the model
     * @param label the label text
     * @param specIndex the input port whose columns are offered
     * @param isRequired whether the dialog fails to open without a compatible column
     * @param classFilter accepted value classes (none: all)
     */
    @SafeVarargs
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, isRequired, false, classFilter);
    }

    /**
     * @param model the model
     * @param label the label text
     * @param specIndex the input port whose columns are offered
     * @param isRequired whether the dialog fails to open without a compatible column
     * @param addNoneCol whether to offer "&lt;none&gt;"
     * @param classFilter accepted value classes (none: all)
     */
    @SafeVarargs
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final boolean addNoneCol,
        final Class<? extends DataValue>... classFilter) {
        super(model);
        m_specIndex = specIndex;
        m_required = isRequired;
        m_addNone = addNoneCol;
        m_filter = new ColumnTypeFilter(classFilter);
        m_combo.addActionListener(e -> {
            if (!m_updating) {
                pushSelectionToModel();
            }
        });
        model.prependChangeListener(e -> updateComponent());
        getComponentPanel().add(new JLabel(label));
        getComponentPanel().add(m_combo);
    }

    private void pushSelectionToModel() {
        Object sel = m_combo.getSelectedItem();
        SettingsModelString model = (SettingsModelString)getModel();
        if (model instanceof SettingsModelColumnName cn) {
            if (ROW_ID.equals(sel)) {
                cn.setSelection(null, true);
            } else {
                cn.setSelection(NONE.equals(sel) ? null : (String)sel, false);
            }
        } else {
            model.setStringValue(NONE.equals(sel) ? null : (String)sel);
        }
    }

    /** @return the selected column's spec, or null (none, RowID or no spec) */
    public final DataColumnSpec getSelectedAsSpec() {
        String s = getSelected();
        return s == null || m_spec == null ? null : m_spec.getColumnSpec(s);
    }

    /** @return the selected column name, or null for "&lt;none&gt;" / "&lt;RowID&gt;" */
    public final String getSelected() {
        Object sel = m_combo.getSelectedItem();
        return sel == null || NONE.equals(sel) || ROW_ID.equals(sel) ? null : sel.toString();
    }

    @Override
    protected void updateComponent() {
        PortObjectSpec last = getLastTableSpec(m_specIndex);
        m_spec = last instanceof DataTableSpec t ? t : null;
        SettingsModelString model = (SettingsModelString)getModel();
        if (m_spec == null && m_required) {
            // as in KNIME: without a spec a required selection is left alone
            setEnabledComponents(model.isEnabled());
            return;
        }
        boolean useRowID = model instanceof SettingsModelColumnName cn && cn.useRowID();
        DefaultComboBoxModel<String> items = new DefaultComboBoxModel<>();
        if (m_addNone) {
            items.addElement(NONE);
        }
        if (model instanceof SettingsModelColumnName) {
            items.addElement(ROW_ID);
        }
        String wanted = null;
        if (m_spec != null) {
            for (DataColumnSpec c : m_spec) {
                if (m_filter.accepts(c)) {
                    items.addElement(c.getName());
                    if (c.getName().equals(model.getStringValue())) {
                        wanted = c.getName();
                    }
                }
            }
        }
        if (wanted == null) {
            // KNIME's fallback: <none>, else <RowID> if selected, else the last entry
            if (m_addNone && !useRowID) {
                wanted = NONE;
            } else if (useRowID && items.getIndexOf(ROW_ID) >= 0) {
                wanted = ROW_ID;
            } else if (items.getSize() > 0) {
                wanted = items.getElementAt(items.getSize() - 1);
            }
        }
        m_updating = true;
        try {
            m_combo.setModel(items);
            m_combo.setSelectedItem(wanted);
        } finally {
            m_updating = false;
        }
        if (wanted != null && m_spec != null) {
            pushSelectionToModel();
        }
        setEnabledComponents(model.isEnabled());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        if (specs == null || specs.length <= m_specIndex) {
            throw new NotConfigurableException(
                "Need input table spec to configure dialog. Configure or execute predecessor nodes.");
        }
        if (specs[m_specIndex] != null && !(specs[m_specIndex] instanceof DataTableSpec)) {
            throw new NotConfigurableException(
                "Wrong type of PortObject for ColumnNameSelection, expecting DataTableSpec!");
        }
        // as in KNIME: a selection that is not required can be configured without a spec (optional port unconnected)
        if (!m_required) {
            return;
        }
        if (!(specs[m_specIndex] instanceof DataTableSpec spec)) {
            throw new NotConfigurableException(
                "Need input table spec to configure dialog. Configure or execute predecessor nodes.");
        }
        if (spec.stream().noneMatch(m_filter::accepts)) {
            throw new NotConfigurableException(m_filter.allFilteredMsg());
        }
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        if (m_required && m_combo.getSelectedItem() == null) {
            throw new InvalidSettingsException("Please select an item from the list.");
        }
        pushSelectionToModel();
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_combo.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_combo.setToolTipText(text);
    }
}
