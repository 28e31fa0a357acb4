package org.jakstat.knime.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnName;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelFilterString;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;

/** Swing dialog components are constructible headless and move values between settings and models. */
class DialogComponentsTest {

    @Test
    void defaultPaneLoadsAndSavesThroughItsComponents() throws Exception {
        SettingsModelColumnName conc = new SettingsModelColumnName("conc", null);
        SettingsModelDoubleBounded alpha = new SettingsModelDoubleBounded("alpha", 0.05, 0, 1);
        SettingsModelIntegerBounded iterations = new SettingsModelIntegerBounded("iterations", 100, 1, 1000);
        SettingsModelString model = new SettingsModelString("model", "4PL");
        SettingsModelString label = new SettingsModelString("label", "");
        SettingsModelBoolean log = new SettingsModelBoolean("log", false);
        SettingsModelFilterString groups = new SettingsModelFilterString("groups");
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.createNewGroup("Input");
        pane.addDialogComponent(new DialogComponentColumnNameSelection(conc, "Concentration", 0, DoubleValue.class));
        pane.closeCurrentGroup();
        pane.addDialogComponent(new DialogComponentNumber(alpha, "Alpha", 0.01));
        pane.addDialogComponent(new DialogComponentNumber(iterations, "Iterations", 10));
        pane.addDialogComponent(new DialogComponentStringSelection(model, "Model", "3PL", "4PL", "5PL"));
        pane.createNewTab("Advanced");
        pane.setHorizontalPlacement(true);
        pane.addDialogComponent(new DialogComponentString(label, "Label"));
        pane.addDialogComponent(new DialogComponentBoolean(log, "Log scale"));
        pane.addDialogComponent(new DialogComponentColumnFilter(groups, 0, StringValue.class));
        pane.setDefaultTabTitle("Fit");

        NodeSettings in = new NodeSettings("model");
        conc.setSelection("Conc", false);
        alpha.setDoubleValue(0.1);
        model.setStringValue("5PL");
        groups.setIncludeList(List.of("Compound"));
        for (var m : List.of(conc, alpha, iterations, model, label, log, groups)) {
            m.saveSettingsTo(in);
        }
        conc.setSelection("Replicate", false);
        alpha.setDoubleValue(0.9);

        PortObjectSpec[] specs = {Tables.doseSpec()};
        pane.loadSettingsFrom(in, specs);
        assertEquals("Conc", conc.getColumnName());
        assertEquals(0.1, alpha.getDoubleValue());

        NodeSettings out = new NodeSettings("model");
        pane.saveSettingsTo(out);
        assertTrue(in.isIdentical(out), "what the dialog saves equals what it loaded");
        assertTrue(pane.getPanel().getComponentCount() > 0);
    }

    @Test
    void columnSelectionNeedsACompatibleColumn() {
        DialogComponentColumnNameSelection c = new DialogComponentColumnNameSelection(
            new SettingsModelString("col", null), "Column", 0, DoubleValue.class);
        DataTableSpec onlyStrings = new DataTableSpec(new String[]{"s"},
            new org.knime.core.data.DataType[]{org.knime.core.data.def.StringCell.TYPE});
        NotConfigurableException e = assertThrows(NotConfigurableException.class,
            () -> c.loadSettingsFrom(new NodeSettings("x"), new PortObjectSpec[]{onlyStrings}));
        assertEquals("No column in spec compatible to \"DoubleValue\".", e.getMessage());
        assertThrows(NotConfigurableException.class,
            () -> c.loadSettingsFrom(new NodeSettings("x"), new PortObjectSpec[]{null}));
    }

    /** As in KNIME 5.3 and HEAD: an optional selection on an unconnected optional port (null spec) still loads. */
    @Test
    void optionalColumnSelectionLoadsWithoutASpec() throws Exception {
        SettingsModelString model = new SettingsModelString("col", "conc");
        DialogComponentColumnNameSelection c = new DialogComponentColumnNameSelection(model, "Column", 1, false,
            DoubleValue.class);
        NodeSettings in = new NodeSettings("x");
        model.saveSettingsTo(in);
        c.loadSettingsFrom(in, new PortObjectSpec[]{Tables.doseSpec(), null});
        assertEquals("conc", model.getStringValue(), "the saved selection is kept");
    }

    @Test
    void optionalColumnSelectionIsConfigurableWithoutASpec() throws Exception {
        // KNIME's checkConfigurabilityBeforeLoad returns early for a selection that is not required, so a dialog
        // opens while an optional input port is unconnected; "<none>" is then the only choice.
        SettingsModelString model = new SettingsModelString("col", null);
        DialogComponentColumnNameSelection c = new DialogComponentColumnNameSelection(model, "Column", 0, false, true,
            DoubleValue.class);
        NodeSettings settings = new NodeSettings("x");
        model.saveSettingsTo(settings);
        c.loadSettingsFrom(settings, new PortObjectSpec[]{null});
        assertEquals(null, c.getSelected());
    }

    @Test
    void factoryDialogIsHeadlessSafe() throws Exception {
        var dialog = new ScaleNodeFactory().dialog();
        NodeSettings settings = new NodeSettings("model");
        ((DefaultNodeSettingsPane)dialog).loadSettingsFrom(settings, new PortObjectSpec[]{Tables.doseSpec()});
        NodeSettings out = new NodeSettings("model");
        dialog.finishEditingAndSaveSettingsTo(out);
        assertEquals("Replicate", out.getNodeSettings("column").getString("columnName"),
            "as in KNIME, the last compatible column (ints are doubles too) is preselected");
        assertFalse(out.getNodeSettings("column").getBoolean("useRowID"));
        assertEquals(1.0, out.getDouble("factor"));
    }
}
