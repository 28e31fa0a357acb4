package org.knime.core.node;

import java.awt.BorderLayout;
import java.awt.Component;

import javax.swing.JPanel;
import javax.swing.JTabbedPane;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeDialogPane}: a node's Swing settings dialog, a panel with
 * tabs. Default delegation as in KNIME: {@code loadSettingsFrom(.., PortObjectSpec[])} casts to table specs and
 * calls {@code loadSettingsFrom(.., DataTableSpec[])}, which throws "implementation missing". (Flow variable and
 * credentials support, the misc/job manager tabs are omitted.)
 */
public abstract class NodeDialogPane {

    private final JPanel m_panel = new JPanel(new BorderLayout());

    private final JTabbedPane m_tabs = new JTabbedPane();

    /** Creates the empty panel. */
    protected NodeDialogPane() {
        m_panel.add(m_tabs, BorderLayout.CENTER);
    }

    /** @return a logger for this dialog */
    protected final NodeLogger getLogger() {
        return NodeLogger.getLogger(getClass());
    }

    /** @return the dialog's panel */
    public final JPanel getPanel() {
        return m_panel;
    }

    /**
     * @param settings the current settings
     * @param specs the input specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] tableSpecs = new DataTableSpec[specs.length];
        for (int i = 0; i < specs.length; i++) {
            try {
                tableSpecs[i] = (DataTableSpec)specs[i];
            } catch (ClassCastException e) {
                throw new NotConfigurableException("Input Port " + i + " does not hold data table specs. "
                    + "Likely reason: wrong version of loadSettingsFrom() overwritten!");
            }
        }
        loadSettingsFrom(settings, tableSpecs);
    }

    /**
     * @param settings the current settings
     * @param specs the input table specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        throw new NotConfigurableException("NodeDialogPane.loadSettingsFrom() implementation missing!");
    }

    /**
     * @param settings receives the dialog's settings
     * @throws InvalidSettingsException if the user input is invalid
     */
    protected abstract void saveSettingsTo(NodeSettingsWO settings) throws InvalidSettingsException;

    /**
     * Saves the settings as the framework does when OK/Apply is pressed.
     *
     * @param settings receives the dialog's settings
     * @throws InvalidSettingsException if the user input is invalid
     */
    public final void finishEditingAndSaveSettingsTo(final NodeSettingsWO settings)
        throws InvalidSettingsException {
        saveSettingsTo(settings);
    }

    /** Called when the dialog opens. */
    public void onOpen() {
    }

    /** Called when the dialog closes. */
    public void onClose() {
    }

    /** Called when the dialog is canceled. */
    public void onCancel() {
    }

    /**
     * @param title the tab title
     * @param comp the tab content
     */
    protected final void addTab(final String title, final Component comp) {
        m_tabs.addTab(title, comp);
    }

    /**
     * @param title a tab title
     * @return whether a tab with that title exists and is now selected
     */
    protected final boolean setSelected(final String title) {
        int i = m_tabs.indexOfTab(title);
        if (i >= 0) {
            m_tabs.setSelectedIndex(i);
        }
        return i >= 0;
    }

    /**
     * @param title a tab title
     * @return the tab's component or null
     */
    protected final Component getTab(final String title) {
        int i = m_tabs.indexOfTab(title);
        return i < 0 ? null : m_tabs.getComponentAt(i);
    }

    /** @param name removes the tab with this title */
    protected final void removeTab(final String name) {
        int i = m_tabs.indexOfTab(name);
        if (i >= 0) {
            m_tabs.removeTabAt(i);
        }
    }

    /**
     * @param title a tab title
     * @return its index or -1
     */
    protected final int getTabIndex(final String title) {
        return m_tabs.indexOfTab(title);
    }

    /**
     * @param oldTitle current title
     * @param newTitle new title
     */
    protected final void renameTab(final String oldTitle, final String newTitle) {
        int i = m_tabs.indexOfTab(oldTitle);
        if (i >= 0) {
            m_tabs.setTitleAt(i, newTitle);
        }
    }

    /**
     * @param index position
     * @param title the tab title
     * @param comp the tab content
     * @return the index used
     */
    protected final int addTabAt(final int index, final String title, final Component comp) {
        int i = Math.min(Math.max(index, 0), m_tabs.getTabCount());
        m_tabs.insertTab(title, null, comp, null, i);
        return i;
    }
}
