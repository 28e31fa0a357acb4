package org.jakstat.knime.doseresponse;

import static org.jakstat.knime.doseresponse.DoseResponseFitterSettings.CI_ASYMPTOTIC;
import static org.jakstat.knime.doseresponse.DoseResponseFitterSettings.CI_PROFILE;
import static org.jakstat.knime.doseresponse.DoseResponseFitterSettings.CONTROLS_EXCLUDE;
import static org.jakstat.knime.doseresponse.DoseResponseFitterSettings.CONTROLS_PLATEAU;
import static org.jakstat.knime.doseresponse.DoseResponseFitterSettings.REPLICATES_MEANS;
import static org.jakstat.knime.doseresponse.DoseResponseFitterSettings.REPLICATES_POINTS;

import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Dose-Response Fitter: a thin view of {@link DoseResponseFitterSettings}, in three tabs. */
final class DoseResponseFitterNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    DoseResponseFitterNodeDialog() {
        DoseResponseFitterSettings s = new DoseResponseFitterSettings();
        setDefaultTabTitle("Columns");
        createNewGroup("Grouping columns: one curve per combination of values (none: one curve)");
        addDialogComponent(new DialogComponentColumnFilter(s.m_groupingColumns, 0, false));
        closeCurrentGroup();
        createNewGroup("Data");
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_concentrationColumn, "Concentration column", 0,
            true, DoubleValue.class));
        addDialogComponent(new DialogComponentStringSelection(s.m_concentrationUnit, "Concentration unit",
            DoseResponseFitterSettings.UNITS));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_responseColumn, "Response column", 0, true,
            DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_replicateColumn, "Replicate column", 0, false,
            true, DataValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_sdColumn, "Weight (SD) column", 0, false, true,
            DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_excludeColumn,
            "Exclude column (true / non-zero: excluded)", 0, false, true, DoubleValue.class));
        closeCurrentGroup();

        createNewTab("Model");
        createNewGroup("Model: Y = Bottom + (Top - Bottom) / (1 + 10^((LogIC50 - X) HillSlope)), X = log10 M");
        addDialogComponent(new DialogComponentStringSelection(s.m_model, "Model", DoseResponseFitterSettings.MODELS));
        addDialogComponent(new DialogComponentStringSelection(s.m_automaticSimpler, "Simpler model (automatic)",
            DoseResponseFitterSettings.THREE_PL_MODELS));
        addDialogComponent(new DialogComponentNumber(s.m_fixedBottom, "Fixed Bottom", 1.0));
        addDialogComponent(new DialogComponentNumber(s.m_fixedTop, "Fixed Top", 1.0));
        addDialogComponent(new DialogComponentNumber(s.m_fixedHill, "Fixed HillSlope", 0.1));
        closeCurrentGroup();
        createNewGroup("Bounds, LOWER:UPPER (either side may be empty)");
        addDialogComponent(new DialogComponentString(s.m_bottomBounds, "Bottom bounds"));
        addDialogComponent(new DialogComponentString(s.m_topBounds, "Top bounds"));
        addDialogComponent(new DialogComponentString(s.m_logIc50Bounds, "LogIC50 bounds [log10 M]"));
        addDialogComponent(new DialogComponentString(s.m_hillBounds, "HillSlope bounds"));
        addDialogComponent(new DialogComponentBoolean(s.m_automaticLimits,
            "Automatic limits for parameters the data cannot define"));
        closeCurrentGroup();
        createNewGroup("Points");
        addDialogComponent(new DialogComponentStringSelection(s.m_weighting, "Weighting",
            DoseResponseFitterSettings.WEIGHTINGS));
        addDialogComponent(new DialogComponentStringSelection(s.m_replicates, "Replicates", REPLICATES_POINTS,
            REPLICATES_MEANS));
        addDialogComponent(new DialogComponentStringSelection(s.m_controls, "Controls (concentration <= 0)",
            CONTROLS_PLATEAU, CONTROLS_EXCLUDE));
        addDialogComponent(new DialogComponentBoolean(s.m_rout, "Remove outliers (ROUT)"));
        addDialogComponent(new DialogComponentNumber(s.m_routQ, "ROUT Q [%]", 0.5));
        closeCurrentGroup();

        createNewTab("Results");
        createNewGroup("Potencies and intervals");
        addDialogComponent(new DialogComponentBoolean(s.m_normalized,
            "Responses are normalized to 0-100 (report the absolute IC50)"));
        addDialogComponent(new DialogComponentString(s.m_effectLevels, "Report ICx (e.g. 80, 90)"));
        addDialogComponent(new DialogComponentStringSelection(s.m_ciMethod, "CI method", CI_ASYMPTOTIC, CI_PROFILE));
        addDialogComponent(new DialogComponentNumber(s.m_curvePoints, "Points per fitted curve", 10));
        closeCurrentGroup();
        s.m_plot.addTo(this);
    }
}
