package org.jakstat.knime.doseresponse.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.doseresponse.ChartOptions;
import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.potency.PotencyScale;
import org.jakstat.knime.common.InputColumns;
import org.jakstat.knime.common.ModelSettings;
import org.jakstat.knime.doseresponse.table.PlotSettings;
import org.jakstat.knime.doseresponse.table.PointColumns;
import org.jakstat.knime.doseresponse.table.ResultColumns;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelFilterString;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the Dose-Response Plot. Defaults read the Dose-Response Fitter's outputs (parameter table = its output
 * 1, points table = its output 3). The keys are persisted in saved workflows: never rename them.
 */
final class DoseResponsePlotSettings extends ModelSettings {

    static final String KEY_LABEL_COLUMNS = "label_columns";

    static final String KEY_BOTTOM_COLUMN = "bottom_column";

    static final String KEY_TOP_COLUMN = "top_column";

    static final String KEY_HILL_SLOPE_COLUMN = "hill_slope_column";

    static final String KEY_ASYMMETRY_COLUMN = "asymmetry_column";

    static final String KEY_POTENCY_COLUMN = "potency_column";

    static final String KEY_POTENCY_SCALE = "potency_scale";

    static final String KEY_QUALIFIER_COLUMN = "qualifier_column";

    static final String KEY_COLOR_COLUMN = "color_column";

    static final String KEY_CONCENTRATION_COLUMN = "concentration_column";

    static final String KEY_CONCENTRATION_UNIT = "concentration_unit";

    static final String KEY_RESPONSE_COLUMN = "response_column";

    static final String KEY_USED_COLUMN = "used_column";

    static final String KEY_X_AXIS = "x_axis";

    static final String KEY_LINEAR_UNIT = "linear_axis_unit";

    static final String KEY_X_FROM = "x_from";

    static final String KEY_X_TO = "x_to";

    static final String KEY_Y_FROM = "y_from";

    static final String KEY_Y_TO = "y_to";

    static final String KEY_RESPONSE_TITLE = "response_title";

    static final String KEY_CONCENTRATION_TITLE = "concentration_title";

    static final String AXIS_LOG = "Logarithmic";

    static final String AXIS_LINEAR = "Linear";

    /** Scales of the potency column: every PotencyScale label. */
    static final List<String> POTENCY_SCALES =
        Arrays.stream(PotencyScale.values()).map(PotencyScale::label).toList();

    /** Units of the points' concentration column. */
    static final List<String> CONCENTRATION_UNITS = List.of("M", "mM", "uM", "nM", "pM", "log10 M");

    /** Units of a linear axis. */
    static final List<String> LINEAR_UNITS = List.of("M", "mM", "uM", "nM", "pM");

    final SettingsModelFilterString m_labelColumns = new SettingsModelFilterString(KEY_LABEL_COLUMNS);

    final SettingsModelString m_bottomColumn = new SettingsModelString(KEY_BOTTOM_COLUMN, "Bottom");

    final SettingsModelString m_topColumn = new SettingsModelString(KEY_TOP_COLUMN, "Top");

    final SettingsModelString m_hillColumn = new SettingsModelString(KEY_HILL_SLOPE_COLUMN, "HillSlope");

    final SettingsModelString m_asymmetryColumn = new SettingsModelString(KEY_ASYMMETRY_COLUMN, null);

    final SettingsModelString m_potencyColumn = new SettingsModelString(KEY_POTENCY_COLUMN, ResultColumns.LOG_IC50);

    final SettingsModelString m_potencyScale = new SettingsModelString(KEY_POTENCY_SCALE, PotencyScale.LOG10_M.label());

    final SettingsModelString m_qualifierColumn = new SettingsModelString(KEY_QUALIFIER_COLUMN, null);

    final SettingsModelString m_colorColumn = new SettingsModelString(KEY_COLOR_COLUMN, null);

    final SettingsModelString m_concentrationColumn = new SettingsModelString(KEY_CONCENTRATION_COLUMN, null);

    final SettingsModelString m_concentrationUnit = new SettingsModelString(KEY_CONCENTRATION_UNIT, "nM");

    final SettingsModelString m_responseColumn = new SettingsModelString(KEY_RESPONSE_COLUMN, null);

    final SettingsModelString m_usedColumn = new SettingsModelString(KEY_USED_COLUMN, PointColumns.USED);

    final SettingsModelString m_xAxis = new SettingsModelString(KEY_X_AXIS, AXIS_LOG);

    final SettingsModelString m_linearUnit = new SettingsModelString(KEY_LINEAR_UNIT, "nM");

    final SettingsModelString m_xFrom = new SettingsModelString(KEY_X_FROM, "");

    final SettingsModelString m_xTo = new SettingsModelString(KEY_X_TO, "");

    final SettingsModelString m_yFrom = new SettingsModelString(KEY_Y_FROM, "");

    final SettingsModelString m_yTo = new SettingsModelString(KEY_Y_TO, "");

    final SettingsModelString m_responseTitle = new SettingsModelString(KEY_RESPONSE_TITLE, "Response");

    final SettingsModelString m_concentrationTitle = new SettingsModelString(KEY_CONCENTRATION_TITLE, "Concentration");

    final PlotSettings m_plot = new PlotSettings();

    @Override
    protected List<SettingsModel> models() {
        List<SettingsModel> all = new ArrayList<>(List.of(m_labelColumns, m_bottomColumn, m_topColumn, m_hillColumn,
            m_asymmetryColumn, m_potencyColumn, m_potencyScale, m_qualifierColumn, m_colorColumn,
            m_concentrationColumn, m_concentrationUnit, m_responseColumn, m_usedColumn, m_xAxis, m_linearUnit, m_xFrom,
            m_xTo, m_yFrom, m_yTo, m_responseTitle, m_concentrationTitle));
        all.addAll(m_plot.models());
        return all;
    }

    @Override
    protected ModelSettings createDefault() {
        return new DoseResponsePlotSettings();
    }

    @Override
    protected void checkConsistency() throws InvalidSettingsException {
        potencyScale();
        concentrationScale();
        chartOptions();
        m_plot.check();
    }

    List<String> labelColumns() {
        return List.copyOf(m_labelColumns.getIncludeList());
    }

    PotencyScale potencyScale() throws InvalidSettingsException {
        String v = m_potencyScale.getStringValue();
        return PotencyScale.parse(v).orElseThrow(() -> new InvalidSettingsException("Potency scale '" + v
            + "' is not one of " + POTENCY_SCALES + "."));
    }

    PotencyScale concentrationScale() throws InvalidSettingsException {
        String v = m_concentrationUnit.getStringValue();
        return PotencyScale.parse(v).filter(p -> p != PotencyScale.P_X).orElseThrow(() -> new InvalidSettingsException(
            "Concentration unit '" + v + "' is not one of " + CONCENTRATION_UNITS + "."));
    }

    /** @return the titles, axis scale and ranges, point display and page limit of the plot */
    ChartOptions chartOptions() throws InvalidSettingsException {
        Optional<ConcentrationUnit> linear;
        if (AXIS_LOG.equals(m_xAxis.getStringValue())) {
            linear = Optional.empty();
        } else if (AXIS_LINEAR.equals(m_xAxis.getStringValue())) {
            String u = m_linearUnit.getStringValue();
            linear = Optional.of(ConcentrationUnit.parse(u).orElseThrow(() -> new InvalidSettingsException(
                "Linear axis unit '" + u + "' is not one of " + LINEAR_UNITS + ".")));
        } else {
            throw new InvalidSettingsException("X axis '" + m_xAxis.getStringValue() + "' is not '" + AXIS_LOG
                + "' or '" + AXIS_LINEAR + "'.");
        }
        Optional<double[]> x = range(concentration(m_xFrom, "X axis from"), concentration(m_xTo, "X axis to"),
            "X axis");
        Optional<double[]> y = range(number(m_yFrom, "Y axis from"), number(m_yTo, "Y axis to"), "Y axis");
        if (x.isPresent() && linear.isEmpty() && !(x.get()[0] > 0)) {
            throw new InvalidSettingsException("X axis from must be above 0 on a logarithmic axis.");
        }
        try {
            return m_plot.apply(ChartOptions.defaults().withAxisTitles(text(m_responseTitle), text(m_concentrationTitle))
                .withLinearUnit(linear).withRanges(x, y));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Axis ranges: " + e.getMessage(), e);
        }
    }

    private static String text(final SettingsModelString m) {
        return m.getStringValue() == null ? "" : m.getStringValue();
    }

    private static Optional<double[]> range(final Optional<Double> from, final Optional<Double> to,
        final String axis) throws InvalidSettingsException {
        if (from.isEmpty() && to.isEmpty()) {
            return Optional.empty();
        }
        if (from.isEmpty() || to.isEmpty()) {
            throw new InvalidSettingsException(axis + ": give both ends of the range, or neither for automatic.");
        }
        if (!(from.get() < to.get())) {
            throw new InvalidSettingsException(axis + ": 'from' must be below 'to'.");
        }
        return Optional.of(new double[]{from.get(), to.get()});
    }

    private static Optional<Double> number(final SettingsModelString m, final String setting)
        throws InvalidSettingsException {
        String t = text(m).strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return Optional.of(v);
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException(setting + " '" + t + "' is not a finite number.", e);
        }
    }

    /** Reads "1 nM", "0.5 uM", "1e-9 M" into molar. */
    private static Optional<Double> concentration(final SettingsModelString m, final String setting)
        throws InvalidSettingsException {
        String t = text(m).strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = t.split("\\s+");
        Optional<ConcentrationUnit> unit =
            parts.length == 2 ? ConcentrationUnit.parse(parts[1]) : Optional.empty();
        if (unit.isEmpty()) {
            throw new InvalidSettingsException(setting + " '" + t
                + "': write a concentration with its unit, e.g. '1 nM' or '30 uM'.");
        }
        try {
            double v = Double.parseDouble(parts[0]);
            if (!(Double.isFinite(v) && v >= 0)) {
                throw new NumberFormatException();
            }
            return Optional.of(unit.get().toMolar(v));
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException(setting + " '" + t + "': '" + parts[0]
                + "' is not a concentration >= 0.", e);
        }
    }
}
