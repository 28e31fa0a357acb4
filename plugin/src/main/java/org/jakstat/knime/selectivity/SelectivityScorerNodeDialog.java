package org.jakstat.knime.selectivity;

import org.jakstat.knime.common.StringLinesComponent;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Kinase Selectivity Scorer: a thin view of {@link SelectivityScorerSettings}. */
final class SelectivityScorerNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    SelectivityScorerNodeDialog() {
        SelectivityScorerSettings s = new SelectivityScorerSettings();
        setDefaultTabTitle("Potencies");
        createNewGroup("Long table: one row per compound, kinase and measurement");
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_compoundColumn, "Compound column", 0,
            DataValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_kinaseColumn, "Kinase column", 0,
            StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_valueColumn, "Value column", 0,
            DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_qualifierColumn,
            "Qualifier column (=, <, >, ...)", 0, false, true, StringValue.class));
        closeCurrentGroup();
        createNewGroup("Value type and unit (a column overrides the fixed choice)");
        addDialogComponent(new DialogComponentStringSelection(s.m_valueType, "Value type",
            SelectivityScorerSettings.VALUE_TYPE_LABELS));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_valueTypeColumn, "Value type column", 0, false,
            true, StringValue.class));
        addDialogComponent(new DialogComponentStringSelection(s.m_unit, "Unit",
            SelectivityScorerSettings.SCALE_LABELS));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_unitColumn, "Unit column", 0, false, true,
            StringValue.class));
        closeCurrentGroup();
        createNewGroup("Cheng-Prusoff: Ki = IC50 / (1 + [ATP]/Km,ATP)");
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_atpColumn, "[ATP] column", 0, false, true,
            DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_kmColumn, "Km,ATP column", 0, false, true,
            DoubleValue.class));
        addDialogComponent(new DialogComponentStringSelection(s.m_atpUnit, "Unit of [ATP] and Km,ATP",
            SelectivityScorerSettings.UNIT_LABELS));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_kmTableKinaseColumn,
            "Km,ATP table (input 2): kinase column", 1, false, StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_kmTableKmColumn,
            "Km,ATP table (input 2): Km,ATP column", 1, false, DoubleValue.class));
        closeCurrentGroup();

        createNewTab("Scoring");
        createNewGroup("Kinase panel and reference");
        addDialogComponent(new StringLinesComponent(s.m_panel, "Kinase panel (one per line, output order)", 6));
        addDialogComponent(new DialogComponentStringSelection(s.m_referenceMode, "Reference",
            SelectivityScorerSettings.REFERENCE_MODES));
        addDialogComponent(new DialogComponentString(s.m_referenceKinase, "Fixed reference kinase"));
        addDialogComponent(new DialogComponentNumber(s.m_coPrimaryWindow, "Co-primary window (fold)", 0.5));
        closeCurrentGroup();
        createNewGroup("Metrics and output");
        addDialogComponent(new DialogComponentNumber(s.m_sxThreshold, "S(x) threshold x", 1.0));
        addDialogComponent(new DialogComponentStringSelection(s.m_thresholdUnit,
            "Unit of x and of the Gini test concentration", SelectivityScorerSettings.UNIT_LABELS));
        addDialogComponent(new DialogComponentStringSelection(s.m_giniBasis, "Gini coefficient on",
            SelectivityScorerSettings.GINI_BASES));
        addDialogComponent(new DialogComponentNumber(s.m_giniTestConcentration, "Gini test concentration", 1.0));
        addDialogComponent(new DialogComponentStringSelection(s.m_outputUnit, "Output unit",
            SelectivityScorerSettings.UNIT_LABELS));
        addDialogComponent(new DialogComponentStringSelection(s.m_plot, "Plot of pX per kinase (output 3)",
            SelectivityScorerSettings.PLOT_KINDS));
        closeCurrentGroup();
    }
}
