package org.jakstat.knime.selectivity;

import java.util.function.Consumer;

import org.knime.core.node.NodeSettingsWO;

/**
 * Settings of the Jakstat nodes in the test workflows {@code test-workflows/selectivity-scorer} and
 * {@code test-workflows/pathway-coverage}.
 */
public final class SelectivityTestflowSettings {

    /** The scorer's factory class name stored in workflows. */
    public static final String SCORER = SelectivityScorerNodeFactory.class.getName();

    /** The pathway node's factory class name stored in workflows. */
    public static final String PATHWAYS = CytokinePathwayCoverageNodeFactory.class.getName();

    private SelectivityTestflowSettings() {
    }

    /** @return scorer settings reading the columns compound, kinase, IC50 [nM] and qualifier */
    static SelectivityScorerSettings scorer() {
        SelectivityScorerSettings s = new SelectivityScorerSettings();
        s.m_compoundColumn.setStringValue("compound");
        s.m_kinaseColumn.setStringValue("kinase");
        s.m_valueColumn.setStringValue("IC50 [nM]");
        s.m_qualifierColumn.setStringValue("qualifier");
        return s;
    }

    /** @return IC50s in nM compared as they are, JAK1 as the fixed reference (the label's view of baricitinib) */
    public static Consumer<NodeSettingsWO> jak1Reference() {
        SelectivityScorerSettings s = scorer();
        s.m_referenceMode.setStringValue(SelectivityScorerSettings.REFERENCE_FIXED);
        s.m_referenceKinase.setStringValue("JAK1");
        return s::saveSettingsTo;
    }

    /** @return most potent kinase as reference; [ATP] per row and Km,ATP from the second input for Cheng-Prusoff */
    public static Consumer<NodeSettingsWO> mostPotentWithChengPrusoff() {
        SelectivityScorerSettings s = scorer();
        s.m_atpColumn.setStringValue("ATP [uM]");
        s.m_kmTableKinaseColumn.setStringValue("kinase");
        s.m_kmTableKmColumn.setStringValue("Km ATP [uM]");
        return s::saveSettingsTo;
    }

    /**
     * @param rule the combination rule's label
     * @return the scorer-layout potencies at fixed total concentrations (nM), fu 0.5, with cellular IC50s (input 4)
     */
    public static Consumer<NodeSettingsWO> fixedConcentrations(final String rule) {
        CytokinePathwayCoverageSettings s = new CytokinePathwayCoverageSettings();
        s.m_compoundColumn.setStringValue("compound");
        s.m_concentrations.setStringArrayValue(new String[]{"Cmax = 100", "Cavg = 40", "Cmin = 10"});
        s.m_fractionUnbound.setDoubleValue(0.5);
        s.m_rule.setStringValue(rule);
        s.m_cellularCompoundColumn.setStringValue("compound");
        s.m_cellularCytokineColumn.setStringValue("cytokine");
        s.m_cellularIc50Column.setStringValue("IC50 [nM]");
        s.m_cellularQualifierColumn.setStringValue("qualifier");
        return s::saveSettingsTo;
    }

    /** @return pathway settings reading a long potency table: compound, kinase, IC50 [nM] and qualifier */
    static CytokinePathwayCoverageSettings longLayout() {
        CytokinePathwayCoverageSettings s = new CytokinePathwayCoverageSettings();
        s.m_layout.setStringValue(CytokinePathwayCoverageSettings.LAYOUT_LONG);
        s.m_compoundColumn.setStringValue("compound");
        s.m_kinaseColumn.setStringValue("kinase");
        s.m_potencyColumn.setStringValue("IC50 [nM]");
        s.m_qualifierColumn.setStringValue("qualifier");
        return s;
    }

    /** @return long-layout potencies over per-compound, per-subject courses (0-24 h), fu 0.5, own pathway table */
    public static Consumer<NodeSettingsWO> timeCourse() {
        CytokinePathwayCoverageSettings s = longLayout();
        s.m_fractionUnbound.setDoubleValue(0.5);
        s.m_timeColumn.setStringValue("time [h]");
        s.m_courseConcentrationColumn.setStringValue("concentration [nM]");
        s.m_courseCompoundColumn.setStringValue("compound");
        s.m_subjectColumn.setStringValue("subject");
        s.m_regimenColumn.setStringValue("regimen");
        s.m_intervalStart.setDoubleValue(0);
        s.m_intervalEnd.setDoubleValue(24);
        s.m_pathwayCytokineColumn.setStringValue("cytokine");
        s.m_pathwayJakAColumn.setStringValue("JAK A");
        s.m_pathwayJakBColumn.setStringValue("JAK B");
        s.m_pathwayReadoutColumn.setStringValue("read-out");
        return s::saveSettingsTo;
    }

    /**
     * @return the Dose-Response Fitter's first output scored as it is: compound, kinase, IC50 [nM] with its IC50
     *         qualifier, IC50s compared as IC50s (one assay, no [ATP] given), JAK1 as the fixed reference
     */
    public static Consumer<NodeSettingsWO> fitterIc50s() {
        SelectivityScorerSettings s = scorer();
        s.m_qualifierColumn.setStringValue("IC50 qualifier");
        s.m_referenceMode.setStringValue(SelectivityScorerSettings.REFERENCE_FIXED);
        s.m_referenceKinase.setStringValue("JAK1");
        return s::saveSettingsTo;
    }

    /**
     * @return the scorer's first output at baricitinib 4 mg once daily at steady state, total concentrations from
     *         the label PK (test-workflows/pkpd-model: Cmax,ss 0.0537, Cavg,ss 0.0312, Cmin,ss 0.0151 mg/L at
     *         371.42 g/mol, rounded to 145, 84 and 41 nM), fu 0.5, the built-in pathways, either JAK blocks
     */
    public static Consumer<NodeSettingsWO> scorerAtLabelExposure() {
        CytokinePathwayCoverageSettings s = new CytokinePathwayCoverageSettings();
        s.m_compoundColumn.setStringValue("compound");
        s.m_concentrations.setStringArrayValue(new String[]{"Cmax = 145", "Cavg = 84", "Cmin = 41"});
        s.m_fractionUnbound.setDoubleValue(0.5);
        return s::saveSettingsTo;
    }
}
