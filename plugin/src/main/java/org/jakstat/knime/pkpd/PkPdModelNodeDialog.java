package org.jakstat.knime.pkpd;

import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the PK/PD Model node: a thin view of {@link PkPdModelSettings}, one tab per topic. */
final class PkPdModelNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    PkPdModelNodeDialog() {
        PkPdModelSettings s = new PkPdModelSettings();
        setDefaultTabTitle("Model");
        addDialogComponent(new DialogComponentStringSelection(s.m_mode, "Mode", PkPdModelSettings.MODES));
        createNewGroup("Pharmacokinetics (oral, first-order absorption)");
        addDialogComponent(new DialogComponentStringSelection(s.m_pkModel, "PK model", PkPdModelSettings.PK_LABELS));
        addDialogComponent(new DialogComponentStringSelection(s.m_pkInput, "PK parameters",
            PkPdModelSettings.PK_INPUTS));
        addDialogComponent(new DialogComponentNumber(s.m_ka, "ka [1/h]", 0.1));
        addDialogComponent(new DialogComponentNumber(s.m_cl, "CL/F [L/h]", 0.5));
        addDialogComponent(new DialogComponentNumber(s.m_v, "V/F (two-compartment: V1/F) [L]", 1.0));
        addDialogComponent(new DialogComponentNumber(s.m_halfLife, "Half-life [h]", 0.5));
        addDialogComponent(new DialogComponentNumber(s.m_tmax, "tmax [h]", 0.25));
        addDialogComponent(new DialogComponentNumber(s.m_q, "Q/F [L/h] (two-compartment)", 0.5));
        addDialogComponent(new DialogComponentNumber(s.m_v2, "V2/F [L] (two-compartment)", 1.0));
        addDialogComponent(new DialogComponentNumber(s.m_lag, "Lag time tlag [h]", 0.1));
        addDialogComponent(new DialogComponentNumber(s.m_fu, "Fraction unbound fu", 0.05));
        addDialogComponent(new DialogComponentNumber(s.m_molarMass, "Molar mass [g/mol]", 1.0));
        closeCurrentGroup();
        createNewGroup("Pharmacodynamics (driven by the free concentration)");
        addDialogComponent(new DialogComponentStringSelection(s.m_pdModel, "PD model", PkPdModelSettings.PD_LABELS));
        addDialogComponent(new DialogComponentNumber(s.m_baseline, "Baseline E0 / R0", 1.0));
        addDialogComponent(new DialogComponentNumber(s.m_imax, "Imax (fraction 0-1)", 0.05));
        addDialogComponent(new DialogComponentNumber(s.m_emax, "Emax / Smax", 0.1));
        addDialogComponent(new DialogComponentNumber(s.m_c50, "IC50 / EC50 / SC50, free [nM]", 1.0));
        addDialogComponent(new DialogComponentNumber(s.m_hill, "Hill coefficient", 0.1));
        addDialogComponent(new DialogComponentNumber(s.m_ke0, "ke0 [1/h] (effect compartment)", 0.1));
        addDialogComponent(new DialogComponentNumber(s.m_kout, "kout [1/h] (indirect response)", 0.01));
        closeCurrentGroup();

        createNewTab("Dosing and simulation");
        createNewGroup("Dosing (also each subject's regimen in a fit)");
        addDialogComponent(new DialogComponentNumber(s.m_dose, "Dose [mg]", 1.0));
        addDialogComponent(new DialogComponentNumber(s.m_interval, "Dosing interval [h]", 1.0));
        addDialogComponent(new DialogComponentNumber(s.m_doses, "Number of doses", 1));
        closeCurrentGroup();
        createNewGroup("Time grid of the simulated time courses");
        addDialogComponent(new DialogComponentNumber(s.m_gridFrom, "From [h]", 1.0));
        addDialogComponent(new DialogComponentNumber(s.m_gridTo, "To [h]", 1.0));
        addDialogComponent(new DialogComponentNumber(s.m_gridStep, "Step [h]", 0.25));
        closeCurrentGroup();
        createNewGroup("Scenario table (first input, optional): one simulation per row");
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_scenarioNameColumn, "Scenario name column",
            PkPdModelNodeModel.SCENARIOS, false, true, DataValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_scenarioDoseColumn, "Dose column [mg]",
            PkPdModelNodeModel.SCENARIOS, false, true, DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_scenarioIntervalColumn,
            "Interval column [h]", PkPdModelNodeModel.SCENARIOS, false, true, DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_scenarioDosesColumn,
            "Number-of-doses column", PkPdModelNodeModel.SCENARIOS, false, true, DoubleValue.class));
        closeCurrentGroup();

        createNewTab("Fit");
        createNewGroup("Observed data (second input)");
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_subjectColumn, "Subject column",
            PkPdModelNodeModel.OBSERVED, false, true, DataValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_observedDoseColumn, "Dose column [mg]",
            PkPdModelNodeModel.OBSERVED, false, true, DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_timeColumn, "Time column [h]",
            PkPdModelNodeModel.OBSERVED, false, true, DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_valueColumn, "Observed value column",
            PkPdModelNodeModel.OBSERVED, false, true, DoubleValue.class));
        addDialogComponent(new DialogComponentStringSelection(s.m_quantity, "Observed quantity",
            PkPdModelSettings.QUANTITY_LABELS));
        closeCurrentGroup();
        createNewGroup("Estimation (start values: the Model tab)");
        addDialogComponent(new DialogComponentBoolean(s.m_estimatePk, "Estimate PK parameters from PD data too"));
        addDialogComponent(new DialogComponentString(s.m_held, "Held parameters (comma-separated, e.g. tlag, Hill)"));
        addDialogComponent(new DialogComponentStringSelection(s.m_weighting, "Weighting",
            PkPdModelSettings.WEIGHTING_LABELS));
        addDialogComponent(new DialogComponentBoolean(s.m_perSubject, "Fit each subject separately"));
        addDialogComponent(new DialogComponentNumber(s.m_confidence, "Confidence level", 0.01));
        closeCurrentGroup();
    }
}
