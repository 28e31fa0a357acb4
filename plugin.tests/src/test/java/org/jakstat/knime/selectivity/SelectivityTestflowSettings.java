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

    private static SelectivityScorerSettings scorer() {
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
}
