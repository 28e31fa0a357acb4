package org.jakstat.knime.selectivity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.selectivity.GiniBasis;
import org.jakstat.core.selectivity.ProfileChart;
import org.jakstat.core.selectivity.ProfileTableLayout;
import org.jakstat.core.selectivity.ReferenceTarget;
import org.jakstat.core.selectivity.SelectivitySettings;
import org.jakstat.core.selectivity.ValueType;
import org.jakstat.knime.common.ModelSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.defaultnodesettings.SettingsModelStringArray;

/**
 * Settings of the Kinase Selectivity Scorer. The keys are persisted in every saved workflow: never rename them.
 * {@link #scoring(Map)} turns them into core's {@link SelectivitySettings}, whose validation is the node's.
 */
final class SelectivityScorerSettings extends ModelSettings {

    static final String KEY_COMPOUND_COLUMN = "compound_column";

    static final String KEY_KINASE_COLUMN = "kinase_column";

    static final String KEY_VALUE_COLUMN = "value_column";

    static final String KEY_QUALIFIER_COLUMN = "qualifier_column";

    static final String KEY_VALUE_TYPE = "value_type";

    static final String KEY_VALUE_TYPE_COLUMN = "value_type_column";

    static final String KEY_UNIT = "unit";

    static final String KEY_UNIT_COLUMN = "unit_column";

    static final String KEY_ATP_COLUMN = "atp_column";

    static final String KEY_KM_COLUMN = "km_atp_column";

    static final String KEY_ATP_UNIT = "atp_unit";

    static final String KEY_KM_TABLE_KINASE_COLUMN = "km_table_kinase_column";

    static final String KEY_KM_TABLE_KM_COLUMN = "km_table_km_column";

    static final String KEY_REFERENCE_MODE = "reference_mode";

    static final String KEY_REFERENCE_KINASE = "reference_kinase";

    static final String KEY_PANEL = "kinase_panel";

    static final String KEY_SX_THRESHOLD = "sx_threshold";

    static final String KEY_THRESHOLD_UNIT = "threshold_unit";

    static final String KEY_CO_PRIMARY_WINDOW = "co_primary_window";

    static final String KEY_OUTPUT_UNIT = "output_unit";

    static final String KEY_GINI_BASIS = "gini_basis";

    static final String KEY_GINI_TEST_CONCENTRATION = "gini_test_concentration";

    static final String KEY_PLOT = "plot";

    static final String REFERENCE_MOST_POTENT = "most potent kinase of each compound";

    static final String REFERENCE_FIXED = "fixed kinase";

    static final List<String> REFERENCE_MODES = List.of(REFERENCE_MOST_POTENT, REFERENCE_FIXED);

    static final String GINI_KA = "Ka = 1/K (Uitdehaag & Zaman 2011)";

    static final String GINI_PERCENT = "% inhibition at the test concentration (Graczyk 2007)";

    static final List<String> GINI_BASES = List.of(GINI_KA, GINI_PERCENT);

    static final List<String> PLOT_KINDS = Arrays.stream(ProfileChart.Kind.values()).map(ProfileChart.Kind::label)
        .toList();

    static final List<String> VALUE_TYPE_LABELS = Arrays.stream(ValueType.values()).map(ValueType::label).toList();

    final SettingsModelString m_compoundColumn = new SettingsModelString(KEY_COMPOUND_COLUMN, null);

    final SettingsModelString m_kinaseColumn = new SettingsModelString(KEY_KINASE_COLUMN, null);

    final SettingsModelString m_valueColumn = new SettingsModelString(KEY_VALUE_COLUMN, null);

    final SettingsModelString m_qualifierColumn = new SettingsModelString(KEY_QUALIFIER_COLUMN, null);

    final SettingsModelString m_valueType = new SettingsModelString(KEY_VALUE_TYPE, ValueType.IC50.label());

    final SettingsModelString m_valueTypeColumn = new SettingsModelString(KEY_VALUE_TYPE_COLUMN, null);

    final SettingsModelString m_unit = new SettingsModelString(KEY_UNIT, PotencyScale.NM.label());

    final SettingsModelString m_unitColumn = new SettingsModelString(KEY_UNIT_COLUMN, null);

    final SettingsModelString m_atpColumn = new SettingsModelString(KEY_ATP_COLUMN, null);

    final SettingsModelString m_kmColumn = new SettingsModelString(KEY_KM_COLUMN, null);

    final SettingsModelString m_atpUnit = new SettingsModelString(KEY_ATP_UNIT, ConcentrationUnit.UM.label());

    final SettingsModelString m_kmTableKinaseColumn = new SettingsModelString(KEY_KM_TABLE_KINASE_COLUMN, null);

    final SettingsModelString m_kmTableKmColumn = new SettingsModelString(KEY_KM_TABLE_KM_COLUMN, null);

    final SettingsModelString m_referenceMode = new SettingsModelString(KEY_REFERENCE_MODE, REFERENCE_MOST_POTENT);

    final SettingsModelString m_referenceKinase = new SettingsModelString(KEY_REFERENCE_KINASE, "JAK1");

    final SettingsModelStringArray m_panel =
        new SettingsModelStringArray(KEY_PANEL, SelectivitySettings.JAK_PANEL.toArray(String[]::new));

    final SettingsModelDouble m_sxThreshold = new SettingsModelDouble(KEY_SX_THRESHOLD, 3.0);

    final SettingsModelString m_thresholdUnit = new SettingsModelString(KEY_THRESHOLD_UNIT,
        ConcentrationUnit.UM.label());

    final SettingsModelDouble m_coPrimaryWindow = new SettingsModelDouble(KEY_CO_PRIMARY_WINDOW, 3.0);

    final SettingsModelString m_outputUnit = new SettingsModelString(KEY_OUTPUT_UNIT, ConcentrationUnit.NM.label());

    final SettingsModelString m_giniBasis = new SettingsModelString(KEY_GINI_BASIS, GINI_KA);

    final SettingsModelDouble m_giniTestConcentration = new SettingsModelDouble(KEY_GINI_TEST_CONCENTRATION, 1.0);

    final SettingsModelString m_plot = new SettingsModelString(KEY_PLOT, ProfileChart.Kind.DOTS.label());

    @Override
    protected List<SettingsModel> models() {
        return List.of(m_compoundColumn, m_kinaseColumn, m_valueColumn, m_qualifierColumn, m_valueType,
            m_valueTypeColumn, m_unit, m_unitColumn, m_atpColumn, m_kmColumn, m_atpUnit, m_kmTableKinaseColumn,
            m_kmTableKmColumn, m_referenceMode, m_referenceKinase, m_panel, m_sxThreshold, m_thresholdUnit,
            m_coPrimaryWindow, m_outputUnit, m_giniBasis, m_giniTestConcentration, m_plot);
    }

    @Override
    protected ModelSettings createDefault() {
        return new SelectivityScorerSettings();
    }

    @Override
    protected void checkConsistency() throws InvalidSettingsException {
        valueType();
        unit();
        atpUnit();
        plotKind();
        scoring(Map.of());
    }

    /**
     * Core's scoring settings; their validation (panel, reference in panel, thresholds, units) is the node's.
     *
     * @param kmAtpMolarByKinase Km,ATP per kinase in M, from the second input
     * @return the settings
     * @throws InvalidSettingsException naming the setting at fault
     */
    SelectivitySettings scoring(final Map<String, Double> kmAtpMolarByKinase) throws InvalidSettingsException {
        ConcentrationUnit thresholdUnit = unit(m_thresholdUnit, "Threshold unit");
        ConcentrationUnit outputUnit = unit(m_outputUnit, "Output unit");
        try {
            return new SelectivitySettings(reference(), panel(), thresholdUnit.toMolar(m_sxThreshold.getDoubleValue()),
                m_coPrimaryWindow.getDoubleValue(), PotencyScale.valueOf(outputUnit.name()), giniBasis(),
                thresholdUnit.toMolar(m_giniTestConcentration.getDoubleValue()), kmAtpMolarByKinase);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid selectivity settings: " + e.getMessage()
                + ". Correct it in the dialog.", e);
        }
    }

    /** @return the kinase panel as entered (blank entries dropped) */
    List<String> panel() {
        String[] panel = m_panel.getStringArrayValue();
        return panel == null ? List.of()
            : Arrays.stream(panel).filter(k -> k != null && !k.isBlank()).map(String::strip).toList();
    }

    private ReferenceTarget reference() throws InvalidSettingsException {
        String mode = m_referenceMode.getStringValue();
        if (REFERENCE_MOST_POTENT.equals(mode)) {
            return ReferenceTarget.mostPotent();
        }
        if (!REFERENCE_FIXED.equals(mode)) {
            throw new InvalidSettingsException("Reference '" + mode + "' is not one of " + REFERENCE_MODES + ".");
        }
        String kinase = m_referenceKinase.getStringValue();
        if (kinase == null || kinase.isBlank()) {
            throw new InvalidSettingsException("Reference kinase is empty: enter the on-target kinase (e.g. JAK1) "
                + "or choose '" + REFERENCE_MOST_POTENT + "'.");
        }
        return ReferenceTarget.fixed(kinase);
    }

    private GiniBasis giniBasis() throws InvalidSettingsException {
        String basis = m_giniBasis.getStringValue();
        if (GINI_KA.equals(basis)) {
            return GiniBasis.ASSOCIATION_CONSTANTS;
        }
        if (GINI_PERCENT.equals(basis)) {
            return GiniBasis.PERCENT_INHIBITION;
        }
        throw new InvalidSettingsException("Gini basis '" + basis + "' is not one of " + GINI_BASES + ".");
    }

    /** @return how the image output draws pX per kinase */
    ProfileChart.Kind plotKind() throws InvalidSettingsException {
        String label = m_plot.getStringValue();
        return ProfileChart.Kind.parse(label).orElseThrow(() -> new InvalidSettingsException("Plot '" + label
            + "' is not one of " + PLOT_KINDS + "."));
    }

    /** @return the value type of every row (when no value type column is chosen) */
    ValueType valueType() throws InvalidSettingsException {
        String label = m_valueType.getStringValue();
        return ValueType.parse(label).orElseThrow(() -> new InvalidSettingsException("Value type '" + label
            + "' is not one of " + VALUE_TYPE_LABELS + "."));
    }

    /** @return the scale of every value (when no unit column is chosen) */
    PotencyScale unit() throws InvalidSettingsException {
        return scale(m_unit, "Unit");
    }

    /** @return the unit of the [ATP] and Km,ATP columns and of the Km,ATP table */
    ConcentrationUnit atpUnit() throws InvalidSettingsException {
        return unit(m_atpUnit, "[ATP] and Km,ATP unit");
    }

    /** @return the linear output unit */
    PotencyScale outputScale() throws InvalidSettingsException {
        return PotencyScale.valueOf(unit(m_outputUnit, "Output unit").name());
    }

    /** @return the S(x) column name, e.g. "S(3 uM)", from the threshold as entered */
    String sxName() {
        return ProfileTableLayout.sxName(m_sxThreshold.getDoubleValue(), m_thresholdUnit.getStringValue());
    }

    Optional<String> qualifierColumn() {
        return selected(m_qualifierColumn);
    }

    Optional<String> valueTypeColumn() {
        return selected(m_valueTypeColumn);
    }

    Optional<String> unitColumn() {
        return selected(m_unitColumn);
    }

    Optional<String> atpColumn() {
        return selected(m_atpColumn);
    }

    Optional<String> kmColumn() {
        return selected(m_kmColumn);
    }
}
