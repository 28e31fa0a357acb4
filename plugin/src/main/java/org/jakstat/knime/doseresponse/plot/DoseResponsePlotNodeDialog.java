package org.jakstat.knime.doseresponse.plot;

import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Dose-Response Plot: a thin view of {@link DoseResponsePlotSettings}. */
final class DoseResponsePlotNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    DoseResponsePlotNodeDialog() {
        DoseResponsePlotSettings s = new DoseResponsePlotSettings();
        setDefaultTabTitle("Parameters");
        createNewGroup("Label columns: name a curve, and match its points (in both tables)");
        addDialogComponent(new DialogComponentColumnFilter(s.m_labelColumns, 0, false));
        closeCurrentGroup();
        createNewGroup("Curve parameters (Prism's 4PL; S for the 5PL)");
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_bottomColumn, "Bottom column", 0, true,
            DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_topColumn, "Top column", 0, true,
            DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_hillColumn, "HillSlope column", 0, true,
            DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_asymmetryColumn, "S column (5PL)", 0, false,
            true, DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_potencyColumn, "Potency column", 0, true,
            DoubleValue.class));
        addDialogComponent(new DialogComponentStringSelection(s.m_potencyScale, "Potency scale",
            DoseResponsePlotSettings.POTENCY_SCALES));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_qualifierColumn, "Qualifier column", 0, false,
            true, StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_colorColumn, "Colour column", 0, false, true,
            DataValue.class));
        closeCurrentGroup();

        createNewTab("Points");
        createNewGroup("Points table (optional second input)");
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_concentrationColumn, "Concentration column", 1,
            false, DoubleValue.class));
        addDialogComponent(new DialogComponentStringSelection(s.m_concentrationUnit, "Concentration unit",
            DoseResponsePlotSettings.CONCENTRATION_UNITS));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_responseColumn, "Response column", 1, false,
            DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_usedColumn, "Used column (false: excluded)", 1,
            false, true, DoubleValue.class));
        closeCurrentGroup();

        createNewTab("Axes");
        createNewGroup("Axes");
        addDialogComponent(new DialogComponentStringSelection(s.m_xAxis, "X axis", DoseResponsePlotSettings.AXIS_LOG,
            DoseResponsePlotSettings.AXIS_LINEAR));
        addDialogComponent(new DialogComponentStringSelection(s.m_linearUnit, "Linear axis unit",
            DoseResponsePlotSettings.LINEAR_UNITS));
        addDialogComponent(new DialogComponentString(s.m_xFrom, "X axis from (e.g. 0.1 nM; empty: automatic)"));
        addDialogComponent(new DialogComponentString(s.m_xTo, "X axis to (e.g. 10 uM)"));
        addDialogComponent(new DialogComponentString(s.m_yFrom, "Y axis from (empty: automatic)"));
        addDialogComponent(new DialogComponentString(s.m_yTo, "Y axis to"));
        addDialogComponent(new DialogComponentString(s.m_concentrationTitle, "Concentration axis title"));
        addDialogComponent(new DialogComponentString(s.m_responseTitle, "Response axis title"));
        closeCurrentGroup();
        s.m_plot.addTo(this);
    }
}
