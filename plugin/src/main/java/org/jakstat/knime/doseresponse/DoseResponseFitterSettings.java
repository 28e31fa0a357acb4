package org.jakstat.knime.doseresponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.doseresponse.ControlPointHandling;
import org.jakstat.core.doseresponse.CurveParameter;
import org.jakstat.core.doseresponse.DoseResponseSettings;
import org.jakstat.core.doseresponse.ModelSelection;
import org.jakstat.core.doseresponse.ParameterBound;
import org.jakstat.core.doseresponse.ReplicateHandling;
import org.jakstat.core.doseresponse.Weighting;
import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.potency.PotencyScale;
import org.jakstat.knime.common.InputColumns;
import org.jakstat.knime.common.ModelSettings;
import org.jakstat.knime.doseresponse.table.FitRecipe;
import org.jakstat.knime.doseresponse.table.PlotSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelFilterString;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the Dose-Response Fitter: every key, default and check, shared by model and dialog. The keys and the
 * choice labels are persisted in saved workflows: never rename them. Messages name the setting as the dialog
 * labels it and say how to fix it.
 */
final class DoseResponseFitterSettings extends ModelSettings {

    static final String KEY_GROUPING_COLUMNS = "grouping_columns";

    static final String KEY_CONCENTRATION_COLUMN = "concentration_column";

    static final String KEY_CONCENTRATION_UNIT = "concentration_unit";

    static final String KEY_RESPONSE_COLUMN = "response_column";

    static final String KEY_REPLICATE_COLUMN = "replicate_column";

    static final String KEY_SD_COLUMN = "sd_column";

    static final String KEY_EXCLUDE_COLUMN = "exclude_column";

    static final String KEY_MODEL = "model";

    static final String KEY_AUTOMATIC_SIMPLER = "automatic_simpler_model";

    static final String KEY_FIXED_BOTTOM = "fixed_bottom";

    static final String KEY_FIXED_TOP = "fixed_top";

    static final String KEY_FIXED_HILL_SLOPE = "fixed_hill_slope";

    static final String KEY_BOTTOM_BOUNDS = "bottom_bounds";

    static final String KEY_TOP_BOUNDS = "top_bounds";

    static final String KEY_LOG_IC50_BOUNDS = "log_ic50_bounds";

    static final String KEY_HILL_SLOPE_BOUNDS = "hill_slope_bounds";

    static final String KEY_AUTOMATIC_LIMITS = "automatic_limits";

    static final String KEY_WEIGHTING = "weighting";

    static final String KEY_REPLICATES = "replicates";

    static final String KEY_CONTROLS = "controls";

    static final String KEY_ROUT = "rout";

    static final String KEY_ROUT_Q = "rout_q_percent";

    static final String KEY_NORMALIZED = "normalized_response";

    static final String KEY_EFFECT_LEVELS = "effect_levels";

    static final String KEY_CI_METHOD = "ci_method";

    static final String KEY_CURVE_POINTS = "curve_points";

    static final String MODEL_4PL = "4PL";

    static final String MODEL_3PL_BOTTOM = "3PL, Bottom fixed";

    static final String MODEL_3PL_TOP = "3PL, Top fixed";

    static final String MODEL_3PL_HILL = "3PL, HillSlope fixed";

    static final String MODEL_5PL = "5PL";

    static final String MODEL_AUTO_F = "Automatic: 3PL or 4PL by F test";

    static final String MODEL_AUTO_AICC = "Automatic: 3PL or 4PL by AICc";

    static final List<String> MODELS =
        List.of(MODEL_4PL, MODEL_3PL_BOTTOM, MODEL_3PL_TOP, MODEL_3PL_HILL, MODEL_5PL, MODEL_AUTO_F, MODEL_AUTO_AICC);

    static final List<String> THREE_PL_MODELS = List.of(MODEL_3PL_HILL, MODEL_3PL_BOTTOM, MODEL_3PL_TOP);

    /** Concentration units offered: PotencyScale's labels without pX (a concentration column is not a pX). */
    static final List<String> UNITS = List.of("M", "mM", "uM", "nM", "pM", "log10 M");

    static final String WEIGHTING_NONE = "None";

    static final String WEIGHTING_RELATIVE = "Relative (1/Y^2)";

    static final String WEIGHTING_REPLICATE_SD = "Replicate SD (1/SD^2)";

    static final String WEIGHTING_SD_COLUMN = "SD column (1/SD^2)";

    static final List<String> WEIGHTINGS =
        List.of(WEIGHTING_NONE, WEIGHTING_RELATIVE, WEIGHTING_REPLICATE_SD, WEIGHTING_SD_COLUMN);

    static final String REPLICATES_POINTS = "Individual points";

    static final String REPLICATES_MEANS = "Mean per concentration";

    static final String CONTROLS_PLATEAU = "Zero-dose plateau";

    static final String CONTROLS_EXCLUDE = "Exclude";

    static final String CI_ASYMPTOTIC = "Asymptotic";

    static final String CI_PROFILE = "Profile likelihood";

    final SettingsModelFilterString m_groupingColumns = new SettingsModelFilterString(KEY_GROUPING_COLUMNS);

    final SettingsModelString m_concentrationColumn = new SettingsModelString(KEY_CONCENTRATION_COLUMN, null);

    final SettingsModelString m_concentrationUnit = new SettingsModelString(KEY_CONCENTRATION_UNIT, "nM");

    final SettingsModelString m_responseColumn = new SettingsModelString(KEY_RESPONSE_COLUMN, null);

    final SettingsModelString m_replicateColumn = new SettingsModelString(KEY_REPLICATE_COLUMN, null);

    final SettingsModelString m_sdColumn = new SettingsModelString(KEY_SD_COLUMN, null);

    final SettingsModelString m_excludeColumn = new SettingsModelString(KEY_EXCLUDE_COLUMN, null);

    final SettingsModelString m_model = new SettingsModelString(KEY_MODEL, MODEL_4PL);

    final SettingsModelString m_automaticSimpler = new SettingsModelString(KEY_AUTOMATIC_SIMPLER, MODEL_3PL_HILL);

    final SettingsModelDouble m_fixedBottom = new SettingsModelDouble(KEY_FIXED_BOTTOM, 0);

    final SettingsModelDouble m_fixedTop = new SettingsModelDouble(KEY_FIXED_TOP, 100);

    final SettingsModelDouble m_fixedHill = new SettingsModelDouble(KEY_FIXED_HILL_SLOPE, -1);

    final SettingsModelString m_bottomBounds = new SettingsModelString(KEY_BOTTOM_BOUNDS, "");

    final SettingsModelString m_topBounds = new SettingsModelString(KEY_TOP_BOUNDS, "");

    final SettingsModelString m_logIc50Bounds = new SettingsModelString(KEY_LOG_IC50_BOUNDS, "");

    final SettingsModelString m_hillBounds = new SettingsModelString(KEY_HILL_SLOPE_BOUNDS, "");

    final SettingsModelBoolean m_automaticLimits = new SettingsModelBoolean(KEY_AUTOMATIC_LIMITS, true);

    final SettingsModelString m_weighting = new SettingsModelString(KEY_WEIGHTING, WEIGHTING_NONE);

    final SettingsModelString m_replicates = new SettingsModelString(KEY_REPLICATES, REPLICATES_POINTS);

    final SettingsModelString m_controls = new SettingsModelString(KEY_CONTROLS, CONTROLS_PLATEAU);

    final SettingsModelBoolean m_rout = new SettingsModelBoolean(KEY_ROUT, false);

    final SettingsModelDouble m_routQ = new SettingsModelDouble(KEY_ROUT_Q, 1);

    final SettingsModelBoolean m_normalized = new SettingsModelBoolean(KEY_NORMALIZED, false);

    final SettingsModelString m_effectLevels = new SettingsModelString(KEY_EFFECT_LEVELS, "");

    final SettingsModelString m_ciMethod = new SettingsModelString(KEY_CI_METHOD, CI_ASYMPTOTIC);

    final SettingsModelInteger m_curvePoints = new SettingsModelInteger(KEY_CURVE_POINTS, 50);

    final PlotSettings m_plot = new PlotSettings();

    @Override
    protected List<SettingsModel> models() {
        List<SettingsModel> all = new ArrayList<>(List.of(m_groupingColumns, m_concentrationColumn,
            m_concentrationUnit, m_responseColumn, m_replicateColumn, m_sdColumn, m_excludeColumn, m_model,
            m_automaticSimpler, m_fixedBottom, m_fixedTop, m_fixedHill, m_bottomBounds, m_topBounds, m_logIc50Bounds,
            m_hillBounds, m_automaticLimits, m_weighting, m_replicates, m_controls, m_rout, m_routQ, m_normalized,
            m_effectLevels, m_ciMethod, m_curvePoints));
        all.addAll(m_plot.models());
        return all;
    }

    @Override
    protected ModelSettings createDefault() {
        return new DoseResponseFitterSettings();
    }

    @Override
    protected void checkConsistency() throws InvalidSettingsException {
        concentrationScale();
        recipe();
        int points = m_curvePoints.getIntValue();
        if (points < 2 || points > 1000) {
            throw new InvalidSettingsException("Points per fitted curve must be in 2..1000 (got " + points + ").");
        }
        boolean sdWeighting = WEIGHTING_SD_COLUMN.equals(m_weighting.getStringValue());
        if (sdWeighting && sdColumn().isEmpty()) {
            throw new InvalidSettingsException("Weighting '" + WEIGHTING_SD_COLUMN
                + "' needs a Weight (SD) column: choose the column holding each response's SD.");
        }
        if (!sdWeighting && sdColumn().isPresent()) {
            throw new InvalidSettingsException("Weight (SD) column '" + sdColumn().get() + "' is set but Weighting is '"
                + m_weighting.getStringValue() + "': choose '" + WEIGHTING_SD_COLUMN + "' or clear the column.");
        }
        List<String> reserved = new ArrayList<>();
        reserved.add(m_concentrationColumn.getStringValue());
        reserved.add(m_responseColumn.getStringValue());
        for (String g : groupingColumns()) {
            if (reserved.contains(g)) {
                throw new InvalidSettingsException("Grouping column '" + g
                    + "' is also the concentration or response column: remove it from the grouping columns.");
            }
        }
        m_plot.check();
    }

    /** @return the grouping columns in their order (none: the whole table is one curve) */
    List<String> groupingColumns() {
        return List.copyOf(m_groupingColumns.getIncludeList());
    }

    PotencyScale concentrationScale() throws InvalidSettingsException {
        String label = m_concentrationUnit.getStringValue();
        Optional<PotencyScale> s = PotencyScale.parse(label).filter(p -> p != PotencyScale.P_X);
        return s.orElseThrow(() -> new InvalidSettingsException("Concentration unit '" + label + "' is not one of "
            + UNITS + "."));
    }

    /** @return the unit of IC50 columns: the concentration unit, or M when concentrations are log10 M */
    ConcentrationUnit potencyUnit() throws InvalidSettingsException {
        return concentrationScale().unit().orElse(ConcentrationUnit.M);
    }

    Optional<String> replicateColumn() {
        return selected(m_replicateColumn);
    }

    Optional<String> sdColumn() {
        return selected(m_sdColumn);
    }

    Optional<String> excludeColumn() {
        return selected(m_excludeColumn);
    }

    boolean profileLikelihood() throws InvalidSettingsException {
        return choice(m_ciMethod, "CI method", List.of(CI_ASYMPTOTIC, CI_PROFILE)).equals(CI_PROFILE);
    }

    /**
     * @return how each curve is fitted: the engine's settings, and for an automatic model the simpler rival
     * @throws InvalidSettingsException naming the setting at fault
     */
    FitRecipe recipe() throws InvalidSettingsException {
        String model = choice(m_model, "Model", MODELS);
        DoseResponseSettings s = MODEL_5PL.equals(model) ? DoseResponseSettings.fiveParameter()
            : DoseResponseSettings.fourParameter();
        s = withFixes(s, model);
        s = withBound(s, CurveParameter.BOTTOM, m_bottomBounds, "Bottom bounds");
        s = withBound(s, CurveParameter.TOP, m_topBounds, "Top bounds");
        s = withBound(s, CurveParameter.LOG_IC50, m_logIc50Bounds, "LogIC50 bounds");
        s = withBound(s, CurveParameter.HILL_SLOPE, m_hillBounds, "HillSlope bounds");
        s = s.withWeighting(weighting())
            .withReplicates(choice(m_replicates, "Replicates", List.of(REPLICATES_POINTS, REPLICATES_MEANS))
                .equals(REPLICATES_MEANS) ? ReplicateHandling.MEANS : ReplicateHandling.INDIVIDUAL_POINTS)
            .withControls(choice(m_controls, "Controls (concentration <= 0)", List.of(CONTROLS_PLATEAU,
                CONTROLS_EXCLUDE)).equals(CONTROLS_EXCLUDE) ? ControlPointHandling.EXCLUDE
                    : ControlPointHandling.ZERO_DOSE_ASYMPTOTE)
            .withNormalizedScale(m_normalized.getBooleanValue()).withAutomaticLimits(m_automaticLimits.getBooleanValue())
            .withProfileLikelihood(profileLikelihood()).withEffectLevels(effectLevels());
        if (m_rout.getBooleanValue()) {
            double q = m_routQ.getDoubleValue();
            if (!(q > 0 && q < 100)) {
                throw new InvalidSettingsException("ROUT Q must be a percentage above 0 and below 100 (got " + q
                    + "); Motulsky & Brown recommend 1 %.");
            }
            s = s.withOutlierRemoval(q / 100);
        }
        boolean automatic = MODEL_AUTO_F.equals(model) || MODEL_AUTO_AICC.equals(model);
        if (!automatic) {
            return new FitRecipe(s, Optional.empty(), ModelSelection.F_TEST);
        }
        String simpler = choice(m_automaticSimpler, "Simpler model (automatic)", THREE_PL_MODELS);
        return new FitRecipe(s, Optional.of(withFixes(s, simpler)),
            MODEL_AUTO_AICC.equals(model) ? ModelSelection.AICC : ModelSelection.F_TEST);
    }

    private DoseResponseSettings withFixes(final DoseResponseSettings s, final String model)
        throws InvalidSettingsException {
        try {
            switch (model) {
                case MODEL_3PL_BOTTOM:
                    return s.withFixed(CurveParameter.BOTTOM, finite(m_fixedBottom, "Fixed Bottom"));
                case MODEL_3PL_TOP:
                    return s.withFixed(CurveParameter.TOP, finite(m_fixedTop, "Fixed Top"));
                case MODEL_3PL_HILL:
                    return s.withFixed(CurveParameter.HILL_SLOPE, finite(m_fixedHill, "Fixed HillSlope"));
                default:
                    return s;
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Fixed HillSlope: " + e.getMessage()
                + "; use -1 for a falling (inhibition) curve, +1 for a rising one.", e);
        }
    }

    private static double finite(final SettingsModelDouble m, final String setting) throws InvalidSettingsException {
        double v = m.getDoubleValue();
        if (!Double.isFinite(v)) {
            throw new InvalidSettingsException(setting + " must be a finite number (got " + v + ").");
        }
        return v;
    }

    private Weighting weighting() throws InvalidSettingsException {
        switch (choice(m_weighting, "Weighting", WEIGHTINGS)) {
            case WEIGHTING_RELATIVE:
                return Weighting.RELATIVE;
            case WEIGHTING_REPLICATE_SD:
                return Weighting.REPLICATE_VARIANCE;
            case WEIGHTING_SD_COLUMN:
                return Weighting.GIVEN_SD;
            default:
                return Weighting.NONE;
        }
    }

    /** @return the ICx levels, e.g. "80, 90" gives [80, 90] */
    List<Double> effectLevels() throws InvalidSettingsException {
        String text = m_effectLevels.getStringValue() == null ? "" : m_effectLevels.getStringValue().strip();
        List<Double> levels = new ArrayList<>();
        if (text.isEmpty()) {
            return levels;
        }
        for (String part : text.split("[,;\\s]+")) {
            double v;
            try {
                v = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw new InvalidSettingsException("Report ICx '" + text + "': '" + part
                    + "' is not a number; write percentages separated by commas, e.g. 80, 90.", e);
            }
            if (!(v > 0 && v < 100)) {
                throw new InvalidSettingsException("Report ICx '" + text + "': " + part
                    + " is not a percentage between 0 and 100 (IC50 is always reported).");
            }
            if (!levels.contains(v)) {
                levels.add(v);
            }
        }
        return levels;
    }

    /** Parses "LO:HI" (either side may be empty; empty text: no bound). */
    private static DoseResponseSettings withBound(final DoseResponseSettings s, final CurveParameter p,
        final SettingsModelString m, final String setting) throws InvalidSettingsException {
        String text = m.getStringValue() == null ? "" : m.getStringValue().strip();
        if (text.isEmpty()) {
            return s;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new InvalidSettingsException(setting + " '" + text
                + "': write LOWER:UPPER, either side may be empty (e.g. '-20:' or ':120').");
        }
        double lo = bound(text.substring(0, colon), Double.NEGATIVE_INFINITY, setting, text);
        double hi = bound(text.substring(colon + 1), Double.POSITIVE_INFINITY, setting, text);
        if (!(lo <= hi)) {
            throw new InvalidSettingsException(setting + " '" + text + "': the lower bound exceeds the upper one.");
        }
        return s.withBound(p, new ParameterBound(lo, hi));
    }

    private static double bound(final String side, final double none, final String setting, final String text)
        throws InvalidSettingsException {
        String v = side.strip();
        if (v.isEmpty()) {
            return none;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException(setting + " '" + text + "': '" + v + "' is not a number.", e);
        }
    }

    private static String choice(final SettingsModelString m, final String setting, final List<String> allowed)
        throws InvalidSettingsException {
        String v = m.getStringValue();
        if (!allowed.contains(v)) {
            throw new InvalidSettingsException(setting + " '" + v + "' is not one of " + allowed + ".");
        }
        return v;
    }
}
