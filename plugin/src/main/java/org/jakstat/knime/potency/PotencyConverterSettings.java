package org.jakstat.knime.potency;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.potency.ChengPrusoffMode;
import org.jakstat.core.potency.PotencyConversion;
import org.jakstat.core.potency.PotencyScale;
import org.jakstat.knime.common.InputColumns;
import org.jakstat.knime.common.ModelSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the Potency Converter. The keys are persisted in every saved workflow: never rename them.
 */
final class PotencyConverterSettings extends ModelSettings {

    static final String KEY_VALUE_COLUMN = "value_column";

    static final String KEY_QUANTITY = "quantity";

    static final String KEY_INPUT_SCALE = "input_scale";

    static final String KEY_OUTPUT_SCALE = "output_scale";

    static final String KEY_QUALIFIER_COLUMN = "qualifier_column";

    static final String KEY_CHENG_PRUSOFF = "cheng_prusoff";

    static final String KEY_SUBSTRATE_COLUMN = "substrate_column";

    static final String KEY_SUBSTRATE = "substrate_concentration";

    static final String KEY_KM_COLUMN = "km_column";

    static final String KEY_KM = "km";

    static final String KEY_OUTPUT_COLUMN = "output_column";

    /** Cheng-Prusoff choices offered in the dialog. */
    static final List<String> CHENG_PRUSOFF_LABELS =
        Arrays.stream(ChengPrusoffMode.values()).map(ChengPrusoffMode::label).toList();

    final SettingsModelString m_valueColumn = new SettingsModelString(KEY_VALUE_COLUMN, null);

    final SettingsModelString m_quantity = new SettingsModelString(KEY_QUANTITY, "IC50");

    final SettingsModelString m_inputScale = new SettingsModelString(KEY_INPUT_SCALE, PotencyScale.NM.label());

    final SettingsModelString m_outputScale = new SettingsModelString(KEY_OUTPUT_SCALE, PotencyScale.P_X.label());

    final SettingsModelString m_qualifierColumn = new SettingsModelString(KEY_QUALIFIER_COLUMN, null);

    final SettingsModelString m_chengPrusoff =
        new SettingsModelString(KEY_CHENG_PRUSOFF, ChengPrusoffMode.NONE.label());

    final SettingsModelString m_substrateColumn = new SettingsModelString(KEY_SUBSTRATE_COLUMN, null);

    final SettingsModelDouble m_substrate = new SettingsModelDouble(KEY_SUBSTRATE, 1000.0);

    final SettingsModelString m_kmColumn = new SettingsModelString(KEY_KM_COLUMN, null);

    final SettingsModelDouble m_km = new SettingsModelDouble(KEY_KM, 10.0);

    final SettingsModelString m_outputColumn = new SettingsModelString(KEY_OUTPUT_COLUMN, "");

    @Override
    protected List<SettingsModel> models() {
        return List.of(m_valueColumn, m_quantity, m_inputScale, m_outputScale, m_qualifierColumn, m_chengPrusoff,
            m_substrateColumn, m_substrate, m_kmColumn, m_km, m_outputColumn);
    }

    @Override
    protected ModelSettings createDefault() {
        return new PotencyConverterSettings();
    }

    @Override
    protected void checkConsistency() throws InvalidSettingsException {
        inputScale();
        outputScale();
        ChengPrusoffMode mode = chengPrusoff();
        if (quantity().isBlank()) {
            throw new InvalidSettingsException(
                "Quantity is empty: enter what the values are (e.g. IC50, EC50, Ki, Kd); it names the output column.");
        }
        if (mode != ChengPrusoffMode.NONE) {
            if (!InputColumns.isSelected(m_substrateColumn.getStringValue())
                && !(m_substrate.getDoubleValue() >= 0 && Double.isFinite(m_substrate.getDoubleValue()))) {
                throw new InvalidSettingsException("Substrate concentration [S] must be >= 0 (got "
                    + m_substrate.getDoubleValue() + "): enter the assay's [S] (e.g. [ATP]) or choose an [S] column.");
            }
            if (!InputColumns.isSelected(m_kmColumn.getStringValue())
                && !(m_km.getDoubleValue() > 0 && Double.isFinite(m_km.getDoubleValue()))) {
                throw new InvalidSettingsException("Km must be > 0 (got " + m_km.getDoubleValue()
                    + "): enter the substrate's Km (same unit as [S]) or choose a Km column.");
            }
        }
    }

    String valueColumn() {
        return m_valueColumn.getStringValue();
    }

    String quantity() {
        String q = m_quantity.getStringValue();
        return q == null ? "" : q.strip();
    }

    PotencyScale inputScale() throws InvalidSettingsException {
        return scale(m_inputScale, "Input scale");
    }

    PotencyScale outputScale() throws InvalidSettingsException {
        return scale(m_outputScale, "Output scale");
    }

    ChengPrusoffMode chengPrusoff() throws InvalidSettingsException {
        String label = m_chengPrusoff.getStringValue();
        return ChengPrusoffMode.parse(label).orElseThrow(() -> new InvalidSettingsException(
            "Cheng-Prusoff setting '" + label + "' is not one of " + CHENG_PRUSOFF_LABELS + "."));
    }

    PotencyConversion conversion() throws InvalidSettingsException {
        return new PotencyConversion(inputScale(), outputScale(), chengPrusoff());
    }

    /** @return the quantity of the output: Ki after IC50 -> Ki, IC50 after Ki -> IC50, else the input's */
    String outputQuantity() throws InvalidSettingsException {
        switch (chengPrusoff()) {
            case IC50_TO_KI:
                return "Ki";
            case KI_TO_IC50:
                return "IC50";
            default:
                return quantity();
        }
    }

    /** @return the configured output column name, or the one derived from quantity and output scale */
    String outputColumnName() throws InvalidSettingsException {
        String name = m_outputColumn.getStringValue();
        return name == null || name.isBlank() ? outputScale().columnName(outputQuantity()) : name.strip();
    }

    Optional<String> qualifierColumn() {
        return selected(m_qualifierColumn);
    }

    Optional<String> substrateColumn() {
        return selected(m_substrateColumn);
    }

    Optional<String> kmColumn() {
        return selected(m_kmColumn);
    }

    double fixedSubstrate() {
        return m_substrate.getDoubleValue();
    }

    double fixedKm() {
        return m_km.getDoubleValue();
    }
}
