package org.jakstat.knime.selectivity;

import org.jakstat.knime.common.StringLinesComponent;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Cytokine Pathway Coverage node: a thin view of {@link CytokinePathwayCoverageSettings}. */
final class CytokinePathwayCoverageNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    CytokinePathwayCoverageNodeDialog() {
        CytokinePathwayCoverageSettings s = new CytokinePathwayCoverageSettings();
        setDefaultTabTitle("Potencies");
        createNewGroup("JAK potencies (input 1)");
        addDialogComponent(new DialogComponentStringSelection(s.m_layout, "Layout",
            CytokinePathwayCoverageSettings.LAYOUTS));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_compoundColumn, "Compound column", 0,
            DataValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_kinaseColumn, "Kinase column (long layout)", 0,
            false, true, StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_potencyColumn, "Potency column (long layout)",
            0, false, true, DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_qualifierColumn,
            "Qualifier column (long layout)", 0, false, true, StringValue.class));
        addDialogComponent(new DialogComponentStringSelection(s.m_potencyUnit, "Potency unit (long layout)",
            CytokinePathwayCoverageSettings.SCALE_LABELS));
        closeCurrentGroup();
        createNewGroup("Measured cellular pathway IC50s (input 4, optional; take precedence)");
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_cellularCompoundColumn, "Compound column", 3,
            false, DataValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_cellularCytokineColumn, "Cytokine column", 3,
            false, StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_cellularIc50Column, "IC50 column", 3, false,
            DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_cellularQualifierColumn, "Qualifier column", 3,
            false, true, StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_cellularHillColumn, "Hill slope column", 3,
            false, true, DoubleValue.class));
        addDialogComponent(new DialogComponentStringSelection(s.m_cellularUnit, "IC50 unit",
            CytokinePathwayCoverageSettings.SCALE_LABELS));
        addDialogComponent(new DialogComponentStringSelection(s.m_cellularBasis, "IC50 refers to concentration",
            CytokinePathwayCoverageSettings.BASES));
        closeCurrentGroup();

        createNewTab("Exposure");
        createNewGroup("Fixed concentrations (when input 2 is not connected)");
        addDialogComponent(new StringLinesComponent(s.m_concentrations,
            "One per line: label = total concentration (e.g. Cmax = 120)", 4));
        addDialogComponent(new DialogComponentStringSelection(s.m_concentrationUnit,
            "Concentration unit (fixed concentrations, time course, output)", CytokinePathwayCoverageSettings
                .UNIT_LABELS));
        closeCurrentGroup();
        createNewGroup("Concentration-time course (input 2)");
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_timeColumn, "Time column", 1, false,
            DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_courseConcentrationColumn,
            "Concentration column", 1, false, DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_courseCompoundColumn, "Compound column", 1,
            false, true, DataValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_subjectColumn, "Subject column", 1, false,
            true, DataValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_regimenColumn, "Regimen column", 1, false,
            true, DataValue.class));
        addDialogComponent(new DialogComponentStringSelection(s.m_timeUnit, "Time unit",
            CytokinePathwayCoverageSettings.TIME_UNITS));
        addDialogComponent(new DialogComponentNumber(s.m_intervalStart, "Dosing interval start", 1.0));
        addDialogComponent(new DialogComponentNumber(s.m_intervalEnd, "Dosing interval end", 1.0));
        closeCurrentGroup();

        createNewTab("Pathways and model");
        createNewGroup("Own pathway table (input 3, optional; replaces the built-in table)");
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_pathwayCytokineColumn, "Cytokine column", 2,
            false, StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_pathwayJakAColumn, "JAK A column", 2, false,
            StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_pathwayJakBColumn, "JAK B column", 2, false,
            true, StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_pathwayReadoutColumn, "Read-out column", 2,
            false, true, StringValue.class));
        closeCurrentGroup();
        createNewGroup("Model");
        addDialogComponent(new DialogComponentStringSelection(s.m_rule, "Combination rule",
            CytokinePathwayCoverageSettings.RULES));
        addDialogComponent(new DialogComponentNumber(s.m_hillSlope, "Hill slope", 0.1));
        addDialogComponent(new DialogComponentNumber(s.m_fractionUnbound, "Fraction unbound in plasma (fu)", 0.05));
        closeCurrentGroup();
    }
}
