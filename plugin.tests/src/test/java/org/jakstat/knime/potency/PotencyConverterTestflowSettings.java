package org.jakstat.knime.potency;

import java.util.function.Consumer;

import org.knime.core.node.NodeSettingsWO;

/** Settings of the Potency Converter nodes in the test workflow {@code test-workflows/potency-converter}. */
public final class PotencyConverterTestflowSettings {

    /** The factory class name stored in workflows. */
    public static final String FACTORY = PotencyConverterNodeFactory.class.getName();

    private PotencyConverterTestflowSettings() {
    }

    /** @return IC50 [nM] with qualifiers to pIC50 */
    public static Consumer<NodeSettingsWO> toPic50() {
        return toPic50From("nM");
    }

    /**
     * @param unit the input scale saved in the settings
     * @return the column IC50 [nM] with qualifiers, read in the given unit, to pIC50
     */
    public static Consumer<NodeSettingsWO> toPic50From(final String unit) {
        PotencyConverterSettings s = new PotencyConverterSettings();
        s.m_valueColumn.setStringValue("IC50 [nM]");
        s.m_qualifierColumn.setStringValue("qualifier");
        s.m_inputScale.setStringValue(unit);
        s.m_outputScale.setStringValue("pX");
        return s::saveSettingsTo;
    }

    /** @return IC50 [nM] to Ki [nM] by Cheng-Prusoff with [ATP] and Km,ATP from columns */
    public static Consumer<NodeSettingsWO> toKiFromColumns() {
        PotencyConverterSettings s = new PotencyConverterSettings();
        s.m_valueColumn.setStringValue("IC50 [nM]");
        s.m_qualifierColumn.setStringValue("qualifier");
        s.m_inputScale.setStringValue("nM");
        s.m_outputScale.setStringValue("nM");
        s.m_chengPrusoff.setStringValue("IC50 -> Ki");
        s.m_substrateColumn.setStringValue("ATP [uM]");
        s.m_kmColumn.setStringValue("Km ATP [uM]");
        return s::saveSettingsTo;
    }
}
