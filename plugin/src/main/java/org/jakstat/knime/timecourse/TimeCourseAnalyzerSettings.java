package org.jakstat.knime.timecourse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.timecourse.AuecMethod;
import org.jakstat.core.timecourse.DoseModel;
import org.jakstat.core.timecourse.EffectSide;
import org.jakstat.core.timecourse.Normalization;
import org.jakstat.core.timecourse.PdMetric;
import org.jakstat.core.timecourse.TimeCourseSettings;
import org.jakstat.core.timecourse.TimeUnit;
import org.jakstat.knime.common.ModelSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the PD Time-Course Analyzer. The keys are persisted in every saved workflow: never rename them.
 * {@link #analysis()} turns them into core's {@link TimeCourseSettings}, whose validation is the node's.
 */
final class TimeCourseAnalyzerSettings extends ModelSettings {

    static final String KEY_SUBJECT_COLUMN = "subject_column";

    static final String KEY_GROUP_COLUMN = "group_column";

    static final String KEY_DOSE_COLUMN = "dose_column";

    static final String KEY_DOSE_UNIT = "dose_unit";

    static final String KEY_TIME_COLUMN = "time_column";

    static final String KEY_TIME_UNIT = "time_unit";

    static final String KEY_RESPONSE_COLUMN = "response_column";

    static final String KEY_UNSTIMULATED_COLUMN = "unstimulated_column";

    static final String KEY_NORMALIZATION = "normalization";

    static final String KEY_PLACEBO_GROUP = "placebo_group";

    static final String KEY_THRESHOLD = "threshold";

    static final String KEY_EFFECT_SIDE = "effect_side";

    static final String KEY_RETURN_WITHIN = "return_within_percent";

    static final String KEY_AUEC_METHOD = "auec_method";

    static final String KEY_DOSE_METRIC = "dose_metric";

    static final String KEY_DOSE_MODEL = "dose_model";

    static final String KEY_INDIVIDUAL_LINES = "individual_lines";

    static final String KEY_IMAGE_WIDTH = "image_width";

    static final String KEY_IMAGE_HEIGHT = "image_height";

    /** The dose-metric choice meaning "no dose-dependence fit". */
    static final String NO_DOSE_METRIC = "none";

    static final List<String> TIME_UNITS = Arrays.stream(TimeUnit.values()).map(TimeUnit::label).toList();

    static final List<String> NORMALIZATIONS =
        Arrays.stream(Normalization.values()).map(Normalization::label).toList();

    static final List<String> EFFECT_SIDES = Arrays.stream(EffectSide.values()).map(EffectSide::label).toList();

    static final List<String> AUEC_METHODS = Arrays.stream(AuecMethod.values()).map(AuecMethod::label).toList();

    static final List<String> DOSE_METRICS = doseMetrics();

    static final List<String> DOSE_MODELS = Arrays.stream(DoseModel.values()).map(DoseModel::label).toList();

    final SettingsModelString m_subjectColumn = new SettingsModelString(KEY_SUBJECT_COLUMN, null);

    final SettingsModelString m_groupColumn = new SettingsModelString(KEY_GROUP_COLUMN, null);

    final SettingsModelString m_doseColumn = new SettingsModelString(KEY_DOSE_COLUMN, null);

    final SettingsModelString m_doseUnit = new SettingsModelString(KEY_DOSE_UNIT, "mg");

    final SettingsModelString m_timeColumn = new SettingsModelString(KEY_TIME_COLUMN, null);

    final SettingsModelString m_timeUnit = new SettingsModelString(KEY_TIME_UNIT, TimeUnit.HOUR.label());

    final SettingsModelString m_responseColumn = new SettingsModelString(KEY_RESPONSE_COLUMN, null);

    final SettingsModelString m_unstimulatedColumn = new SettingsModelString(KEY_UNSTIMULATED_COLUMN, null);

    final SettingsModelString m_normalization =
        new SettingsModelString(KEY_NORMALIZATION, Normalization.PERCENT_INHIBITION.label());

    final SettingsModelString m_placeboGroup = new SettingsModelString(KEY_PLACEBO_GROUP, "");

    final SettingsModelDouble m_threshold = new SettingsModelDouble(KEY_THRESHOLD, 50);

    final SettingsModelString m_effectSide = new SettingsModelString(KEY_EFFECT_SIDE, EffectSide.ABOVE.label());

    final SettingsModelDouble m_returnWithin = new SettingsModelDouble(KEY_RETURN_WITHIN, 20);

    final SettingsModelString m_auecMethod = new SettingsModelString(KEY_AUEC_METHOD, AuecMethod.LINEAR.label());

    final SettingsModelString m_doseMetric = new SettingsModelString(KEY_DOSE_METRIC, NO_DOSE_METRIC);

    final SettingsModelString m_doseModel = new SettingsModelString(KEY_DOSE_MODEL, DoseModel.EMAX.label());

    final SettingsModelBoolean m_individualLines = new SettingsModelBoolean(KEY_INDIVIDUAL_LINES, false);

    final SettingsModelIntegerBounded m_imageWidth = new SettingsModelIntegerBounded(KEY_IMAGE_WIDTH, 800, 100, 5000);

    final SettingsModelIntegerBounded m_imageHeight =
        new SettingsModelIntegerBounded(KEY_IMAGE_HEIGHT, 600, 100, 5000);

    @Override
    protected List<SettingsModel> models() {
        return List.of(m_subjectColumn, m_groupColumn, m_doseColumn, m_doseUnit, m_timeColumn, m_timeUnit,
            m_responseColumn, m_unstimulatedColumn, m_normalization, m_placeboGroup, m_threshold, m_effectSide,
            m_returnWithin, m_auecMethod, m_doseMetric, m_doseModel, m_individualLines, m_imageWidth, m_imageHeight);
    }

    @Override
    protected ModelSettings createDefault() {
        return new TimeCourseAnalyzerSettings();
    }

    @Override
    protected void checkConsistency() throws InvalidSettingsException {
        analysis();
        if (doseUnit().isEmpty()) {
            throw new InvalidSettingsException("Dose unit is empty: enter the unit of the dose column (e.g. mg, "
                + "mg/kg); it names the dose and ED50 columns.");
        }
    }

    /** @return core's settings; the message of an invalid combination names the setting and the fix */
    TimeCourseSettings analysis() throws InvalidSettingsException {
        Normalization n = parse(Normalization.parse(m_normalization.getStringValue()), "Normalisation",
            m_normalization, NORMALIZATIONS);
        TimeUnit unit = timeUnit();
        EffectSide side = parse(EffectSide.parse(m_effectSide.getStringValue()), "Effect side", m_effectSide,
            EFFECT_SIDES);
        AuecMethod method = parse(AuecMethod.parse(m_auecMethod.getStringValue()), "AUEC method", m_auecMethod,
            AUEC_METHODS);
        DoseModel model = parse(DoseModel.parse(m_doseModel.getStringValue()), "Dose-response model", m_doseModel,
            DOSE_MODELS);
        Optional<PdMetric> metric = doseMetric();
        String placebo = m_placeboGroup.getStringValue() == null ? "" : m_placeboGroup.getStringValue();
        if (n == Normalization.PLACEBO_ADJUSTED && placebo.isBlank()) {
            throw new InvalidSettingsException("Placebo group is empty but the normalisation is placebo-adjusted: "
                + "enter the group value of the placebo subjects (e.g. placebo).");
        }
        try {
            return new TimeCourseSettings(n, unit, placebo, m_threshold.getDoubleValue(), side,
                m_returnWithin.getDoubleValue(), method, metric, model, 0.95);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid setting: " + e.getMessage() + ".", e);
        }
    }

    TimeUnit timeUnit() throws InvalidSettingsException {
        return parse(TimeUnit.parse(m_timeUnit.getStringValue()), "Time unit", m_timeUnit, TIME_UNITS);
    }

    Optional<PdMetric> doseMetric() throws InvalidSettingsException {
        String label = m_doseMetric.getStringValue();
        if (NO_DOSE_METRIC.equals(label)) {
            return Optional.empty();
        }
        PdMetric metric = parse(PdMetric.parse(label), "Dose-dependence metric", m_doseMetric, DOSE_METRICS);
        return Optional.of(metric);
    }

    String doseUnit() {
        String u = m_doseUnit.getStringValue();
        return u == null ? "" : u.strip();
    }

    Optional<String> groupColumn() {
        return selected(m_groupColumn);
    }

    Optional<String> doseColumn() {
        return selected(m_doseColumn);
    }

    Optional<String> unstimulatedColumn() {
        return selected(m_unstimulatedColumn);
    }

    private static <T> T parse(final Optional<T> value, final String setting, final SettingsModelString model,
        final List<String> choices) throws InvalidSettingsException {
        return value.orElseThrow(() -> new InvalidSettingsException(setting + " '" + model.getStringValue()
            + "' is not one of " + choices + "."));
    }

    private static List<String> doseMetrics() {
        List<String> choices = new ArrayList<>(List.of(NO_DOSE_METRIC));
        Arrays.stream(PdMetric.values()).filter(PdMetric::isDoseResponseMetric).map(PdMetric::label)
            .forEach(choices::add);
        return List.copyOf(choices);
    }
}
