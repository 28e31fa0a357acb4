package org.jakstat.knime.pkpd;

import java.util.function.Consumer;

import org.knime.core.node.NodeSettingsWO;

/**
 * Settings of the PK/PD Model nodes in the test workflow {@code test-workflows/pkpd-model}: baricitinib's label PK
 * (t1/2 12.5 h, tmax 1 h, V/F = 76 L / 0.79, 50 % bound, 371.42 g/mol) with a direct Imax model on the free
 * concentration (IC50 64 nM = 0.5 x the whole-blood 128 nM); sources in {@code data/make_expected.py}.
 */
public final class PkPdModelTestflowSettings {

    /** The factory class name stored in workflows. */
    public static final String FACTORY = PkPdModelNodeFactory.class.getName();

    private PkPdModelTestflowSettings() {
    }

    /** @return the label PK and the Imax PD described above, every other setting at its default */
    static PkPdModelSettings baricitinib() {
        PkPdModelSettings s = new PkPdModelSettings();
        s.m_pkInput.setStringValue(PkPdModelSettings.PK_BY_HALF_LIFE);
        s.m_halfLife.setDoubleValue(12.5);
        s.m_tmax.setDoubleValue(1.0);
        s.m_v.setDoubleValue(76 / 0.79);
        s.m_fu.setDoubleValue(0.5);
        s.m_molarMass.setDoubleValue(371.42);
        s.m_baseline.setDoubleValue(100);
        s.m_imax.setDoubleValue(1.0);
        s.m_c50.setDoubleValue(64);
        s.m_hill.setDoubleValue(1.0);
        s.m_interval.setDoubleValue(24);
        return s;
    }

    /** @return mode Simulate: one scenario per row of data/scenarios.csv, time grid 0-48 h every 0.5 h */
    public static Consumer<NodeSettingsWO> simulate() {
        PkPdModelSettings s = baricitinib();
        s.m_scenarioNameColumn.setStringValue("regimen");
        s.m_scenarioDoseColumn.setStringValue("dose [mg]");
        s.m_scenarioDosesColumn.setStringValue("doses");
        s.m_gridFrom.setDoubleValue(0);
        s.m_gridTo.setDoubleValue(48);
        s.m_gridStep.setDoubleValue(0.5);
        return s::saveSettingsTo;
    }

    /** @return mode Fit: E0, Imax, IC50 and Hill from data/observed.csv, PK held at the label values */
    public static Consumer<NodeSettingsWO> fit() {
        PkPdModelSettings s = baricitinib();
        s.m_mode.setStringValue(PkPdModelSettings.FIT);
        s.m_imax.setDoubleValue(0.8);
        s.m_c50.setDoubleValue(100);
        s.m_subjectColumn.setStringValue("subject");
        s.m_observedDoseColumn.setStringValue("dose [mg]");
        s.m_timeColumn.setStringValue("time [h]");
        s.m_valueColumn.setStringValue("pSTAT3 MFI");
        return s::saveSettingsTo;
    }
}
