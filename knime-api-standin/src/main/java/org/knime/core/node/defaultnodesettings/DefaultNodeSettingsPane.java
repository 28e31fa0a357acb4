package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JPanel;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane}: a dialog made of
 * {@link DialogComponent}s stacked in tabs ("Options" first) and titled groups; load/save go to every component in
 * order, then to the {@code load/saveAdditionalSettings} hooks.
 */
public class DefaultNodeSettingsPane extends NodeDialogPane {

    private static final String TAB_TITLE = "Options";

    private final List<DialogComponent> m_components = new ArrayList<>();

    private String m_defaultTabTitle = TAB_TITLE;

    private boolean m_horizontal;

    private JPanel m_tabPanel;

    private JPanel m_currentPanel;

    private Box m_currentBox;

    /** Creates the pane with its "Options" tab. */
    public DefaultNodeSettingsPane() {
        newTabPanel();
        addTab(m_defaultTabTitle, m_tabPanel);
    }

    private void newTabPanel() {
        m_tabPanel = new JPanel();
        m_tabPanel.setLayout(new BoxLayout(m_tabPanel, BoxLayout.Y_AXIS));
        m_currentPanel = m_tabPanel;
        newBox();
    }

    private void newBox() {
        m_currentBox = m_horizontal ? Box.createHorizontalBox() : Box.createVerticalBox();
        m_currentPanel.add(m_currentBox);
    }

    private void dropEmptyBox() {
        if (m_currentBox.getComponentCount() == 0) {
            m_currentPanel.remove(m_currentBox);
        }
    }

    /** @param tabTitle new title of the first tab */
    public void setDefaultTabTitle(final String tabTitle) {
        if (tabTitle == null || tabTitle.isEmpty()) {
            throw new IllegalArgumentException("The title of a tab can't be null or empty.");
        }
        if (tabTitle.equals(m_defaultTabTitle)) {
            return;
        }
        if (getTab(tabTitle) != null) {
            throw new IllegalArgumentException("A tab with the specified new name (" + tabTitle
                + ") already exists.");
        }
        renameTab(m_defaultTabTitle, tabTitle);
        m_defaultTabTitle = tabTitle;
    }

    /**
     * @param tabTitle title of a new tab that receives the following components
     * @param index its position
     */
    public void createNewTabAt(final String tabTitle, final int index) {
        if (tabTitle == null || tabTitle.isEmpty()) {
            throw new IllegalArgumentException("The title of a tab can't be null nor empty.");
        }
        if (getTab(tabTitle) != null) {
            throw new IllegalArgumentException("A tab with the specified new name (" + tabTitle
                + ") already exists.");
        }
        newTabPanel();
        addTabAt(index, tabTitle, m_tabPanel);
    }

    /** @param tabTitle title of a new last tab that receives the following components */
    public void createNewTab(final String tabTitle) {
        createNewTabAt(tabTitle, Integer.MAX_VALUE);
    }

    /** @param tabTitle the tab to show */
    public void selectTab(final String tabTitle) {
        setSelected(tabTitle);
    }

    /** @param title title of a bordered group that receives the following components */
    public void createNewGroup(final String title) {
        dropEmptyBox();
        JPanel group = new JPanel();
        group.setLayout(new BoxLayout(group, BoxLayout.Y_AXIS));
        group.setBorder(BorderFactory.createTitledBorder(BorderFactory.createEtchedBorder(), title));
        m_tabPanel.add(group);
        m_currentPanel = group;
        newBox();
    }

    /** Ends the current group. */
    public void closeCurrentGroup() {
        dropEmptyBox();
        if (m_currentPanel != m_tabPanel && m_currentPanel.getComponentCount() == 0) {
            m_tabPanel.remove(m_currentPanel);
        }
        m_currentPanel = m_tabPanel;
        newBox();
    }

    /** @param diaC added below (or beside) the previous component */
    public void addDialogComponent(final DialogComponent diaC) {
        m_components.add(diaC);
        m_currentBox.add(diaC.getComponentPanel());
        m_currentBox.add(m_horizontal ? Box.createVerticalGlue() : Box.createHorizontalGlue());
    }

    /** @param horizontal whether following components are placed side by side */
    public void setHorizontalPlacement(final boolean horizontal) {
        if (m_horizontal != horizontal) {
            m_horizontal = horizontal;
            dropEmptyBox();
            newBox();
        }
    }

    @Override
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        for (DialogComponent c : m_components) {
            c.loadSettingsFrom(settings, specs);
        }
        loadAdditionalSettingsFrom(settings, specs);
    }

    @Override
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        for (DialogComponent c : m_components) {
            c.saveSettingsTo(settings);
        }
        saveAdditionalSettingsTo(settings);
    }

    /**
     * Hook for settings not handled by components; by default calls the table-spec variant when all specs are
     * table specs (null counts as an empty table spec).
     *
     * @param settings the settings
     * @param specs the input specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] tableSpecs = new DataTableSpec[specs.length];
        for (int i = 0; i < specs.length; i++) {
            if (specs[i] instanceof DataTableSpec t) {
                tableSpecs[i] = t;
            } else if (specs[i] == null) {
                tableSpecs[i] = new DataTableSpec();
            } else {
                return;
            }
        }
        loadAdditionalSettingsFrom(settings, tableSpecs);
    }

    /**
     * @param settings the settings
     * @param specs the input table specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
    }

    /**
     * @param settings receives settings not handled by components
     * @throws InvalidSettingsException if invalid
     */
    public void saveAdditionalSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
    }
}
