package org.knime.core.node.defaultnodesettings;

import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.border.TitledBorder;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter}: exclude and
 * include lists of the input's (type-compatible) columns with move buttons, editing a
 * {@link SettingsModelFilterString}. Columns in neither list of the model are excluded (included if "keep all");
 * model entries missing from the spec are reported as invalid. (ColumnFilter variants are omitted.)
 */
public class DialogComponentColumnFilter extends DialogComponent {

    private final int m_inPortIndex;

    private ColumnTypeFilter m_filter;

    private final DefaultListModel<String> m_incl = new DefaultListModel<>();

    private final DefaultListModel<String> m_excl = new DefaultListModel<>();

    private final JList<String> m_inclList = new JList<>(m_incl);

    private final JList<String> m_exclList = new JList<>(m_excl);

    private final TitledBorder m_inclBorder = new TitledBorder("Include");

    private final TitledBorder m_exclBorder = new TitledBorder("Exclude");

    private final Set<String> m_invalidIncl = new LinkedHashSet<>();

    private final Set<String> m_invalidExcl = new LinkedHashSet<>();

    /**
     * @param filterModel the model
     * @param inPortIndex the input port whose columns are listed
     */
    public DialogComponentColumnFilter(final SettingsModelFilterString filterModel, final int inPortIndex) {
        this(filterModel, inPortIndex, false);
    }

    /**
     * @param filterModel the model
     * @param inPortIndex the input port whose columns are listed
     * @param showKeepAllBox ignored by the stand-in (no "keep all" box)
     */
    public DialogComponentColumnFilter(final SettingsModelFilterString filterModel, final int inPortIndex,
        final boolean showKeepAllBox) {
        this(filterModel, inPortIndex, showKeepAllBox, new Class[0]);
    }

    /**
     * @param filterModel the model
     * @param inPortIndex the input port whose columns are listed
     * @param allowedTypes accepted value classes (none: all)
     */
    @SafeVarargs
    public DialogComponentColumnFilter(final SettingsModelFilterString filterModel, final int inPortIndex,
        final Class<? extends DataValue>... allowedTypes) {
        this(filterModel, inPortIndex, false, allowedTypes);
    }

    /**
     * @param filterModel the model
     * @param inPortIndex the input port whose columns are listed
     * @param showKeepAllBox ignored by the stand-in
     * @param allowedTypes accepted value classes (none: all)
     */
    @SafeVarargs
    public DialogComponentColumnFilter(final SettingsModelFilterString filterModel, final int inPortIndex,
        final boolean showKeepAllBox, final Class<? extends DataValue>... allowedTypes) {
        super(filterModel);
        m_inPortIndex = inPortIndex;
        m_filter = new ColumnTypeFilter(allowedTypes);
        JButton add = new JButton(">>");
        add.addActionListener(e -> move(m_exclList, m_excl, m_incl));
        JButton remove = new JButton("<<");
        remove.addActionListener(e -> move(m_inclList, m_incl, m_excl));
        JPanel buttons = new JPanel(new GridLayout(2, 1));
        buttons.add(add);
        buttons.add(remove);
        JScrollPane exclPane = new JScrollPane(m_exclList);
        exclPane.setBorder(m_exclBorder);
        JScrollPane inclPane = new JScrollPane(m_inclList);
        inclPane.setBorder(m_inclBorder);
        getComponentPanel().add(exclPane);
        getComponentPanel().add(buttons);
        getComponentPanel().add(inclPane);
        filterModel.prependChangeListener(e -> updateComponent());
    }

    private void move(final JList<String> from, final DefaultListModel<String> source,
        final DefaultListModel<String> target) {
        for (String s : from.getSelectedValuesList()) {
            source.removeElement(s);
            target.addElement(s);
        }
        pushToModel();
    }

    private void pushToModel() {
        ((SettingsModelFilterString)getModel()).setNewValues(Collections.list(m_incl.elements()),
            Collections.list(m_excl.elements()), ((SettingsModelFilterString)getModel()).isKeepAllSelected());
    }

    /** @param show ignored by the stand-in */
    public void setShowInvalidExcludeColmns(final boolean show) {
    }

    /** @param show ignored by the stand-in */
    public void setShowInvalidIncludeColumns(final boolean show) {
    }

    /** @return excluded model entries not in the current spec */
    public Set<String> getInvalidExcludeColumns() {
        return Collections.unmodifiableSet(m_invalidExcl);
    }

    /** @return included model entries not in the current spec */
    public Set<String> getInvalidIncludeColumns() {
        return Collections.unmodifiableSet(m_invalidIncl);
    }

    @Override
    protected void updateComponent() {
        SettingsModelFilterString model = (SettingsModelFilterString)getModel();
        PortObjectSpec last = getLastTableSpec(m_inPortIndex);
        List<String> columns = new ArrayList<>();
        if (last instanceof DataTableSpec spec) {
            for (DataColumnSpec c : spec) {
                if (m_filter.accepts(c)) {
                    columns.add(c.getName());
                }
            }
        }
        m_incl.clear();
        m_excl.clear();
        m_invalidIncl.clear();
        m_invalidExcl.clear();
        for (String c : columns) {
            boolean include = model.isKeepAllSelected() || model.getIncludeList().contains(c);
            (include ? m_incl : m_excl).addElement(c);
        }
        model.getIncludeList().stream().filter(c -> !columns.contains(c)).forEach(m_invalidIncl::add);
        model.getExcludeList().stream().filter(c -> !columns.contains(c)).forEach(m_invalidExcl::add);
        setEnabledComponents(model.isEnabled());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        pushToModel();
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        if (specs == null || specs.length <= m_inPortIndex || !(specs[m_inPortIndex] instanceof DataTableSpec)) {
            throw new NotConfigurableException("Need input table spec to configure dialog. "
                + "Configure or execute predecessor nodes.");
        }
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_inclList.setEnabled(enabled);
        m_exclList.setEnabled(enabled);
    }

    /** @param allowedTypes accepted value classes (none: all) */
    @SuppressWarnings("unchecked")
    public void setAllowedTypes(final Class<? extends DataValue>... allowedTypes) {
        m_filter = new ColumnTypeFilter(allowedTypes);
        updateComponent();
    }

    /** @param title the include list title */
    public void setIncludeTitle(final String title) {
        m_inclBorder.setTitle(title);
    }

    /** @param title the exclude list title */
    public void setExcludeTitle(final String title) {
        m_exclBorder.setTitle(title);
    }

    @Override
    public void setToolTipText(final String text) {
        m_inclList.setToolTipText(text);
        m_exclList.setToolTipText(text);
    }
}
