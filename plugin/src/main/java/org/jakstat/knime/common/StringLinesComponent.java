package org.jakstat.knime.common;

import java.util.Arrays;
import java.util.List;

import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.SettingsModelStringArray;
import org.knime.core.node.port.PortObjectSpec;

/**
 * An editable list of strings in a dialog, one entry per line (e.g. a kinase panel, or named concentrations), bound
 * to a {@link SettingsModelStringArray}. Entries are stripped; blank lines are dropped. Builds headless.
 */
public final class StringLinesComponent extends DialogComponent {

    private final JTextArea m_text;

    /**
     * @param model the edited list
     * @param label the label above the text area
     * @param rows the visible rows
     */
    public StringLinesComponent(final SettingsModelStringArray model, final String label, final int rows) {
        super(model);
        m_text = new JTextArea(rows, 24);
        getComponentPanel().setLayout(new BoxLayout(getComponentPanel(), BoxLayout.Y_AXIS));
        getComponentPanel().add(new JLabel(label));
        getComponentPanel().add(new JScrollPane(m_text));
        model.addChangeListener(e -> updateComponent());
        updateComponent();
    }

    /**
     * @param text the text of the area
     * @return its non-blank lines, stripped
     */
    public static String[] lines(final String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toArray(String[]::new);
    }

    @Override
    protected void updateComponent() {
        String[] value = ((SettingsModelStringArray)getModel()).getStringArrayValue();
        String text = value == null ? "" : String.join("\n", value);
        if (!List.of(lines(m_text.getText())).equals(value == null ? List.of() : Arrays.asList(value))) {
            m_text.setText(text);
        }
        setEnabledComponents(getModel().isEnabled());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        ((SettingsModelStringArray)getModel()).setStringArrayValue(lines(m_text.getText()));
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // any input will do
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_text.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_text.setToolTipText(text);
    }
}
