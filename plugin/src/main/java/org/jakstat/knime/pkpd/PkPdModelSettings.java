package org.jakstat.knime.pkpd;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jakstat.core.pkpd.FitWeighting;
import org.jakstat.core.pkpd.MolarMass;
import org.jakstat.core.pkpd.NamedChoice;
import org.jakstat.core.pkpd.ObservedQuantity;
import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.PkPdModelStructure;
import org.jakstat.core.pkpd.PkPdParameter;
import org.jakstat.core.pkpd.report.FitSetup;
import org.jakstat.core.pkpd.report.ParameterInputs;
import org.jakstat.core.pkpd.PkPdSimulator;
import org.jakstat.core.pkpd.PkStructure;
import org.jakstat.knime.common.InputColumns;
import org.jakstat.knime.common.ModelSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the PK/PD Model node. The keys are persisted in every saved workflow: never rename them. Parameter
 * settings are shared where models share a meaning: V/F is also V1/F, the baseline is E0 or R0, "Emax / Smax" and
 * "IC50 / EC50 / SC50 [nM]" serve whichever the PD model has.
 */
final class PkPdModelSettings extends ModelSettings {

    static final String KEY_MODE = "mode";

    static final String KEY_PK_MODEL = "pk_model";

    static final String KEY_PK_INPUT = "pk_input";

    static final String KEY_KA = "ka";

    static final String KEY_CL = "cl_f";

    static final String KEY_V = "v_f";

    static final String KEY_Q = "q_f";

    static final String KEY_V2 = "v2_f";

    static final String KEY_LAG = "lag_time";

    static final String KEY_HALF_LIFE = "half_life";

    static final String KEY_TMAX = "tmax";

    static final String KEY_DOSE = "dose";

    static final String KEY_INTERVAL = "interval";

    static final String KEY_DOSES = "number_of_doses";

    static final String KEY_FU = "fraction_unbound";

    static final String KEY_MOLAR_MASS = "molar_mass";

    static final String KEY_PD_MODEL = "pd_model";

    static final String KEY_BASELINE = "baseline";

    static final String KEY_IMAX = "imax";

    static final String KEY_EMAX = "emax";

    static final String KEY_C50 = "c50_nm";

    static final String KEY_HILL = "hill";

    static final String KEY_KE0 = "ke0";

    static final String KEY_KOUT = "kout";

    static final String KEY_GRID_FROM = "grid_from";

    static final String KEY_GRID_TO = "grid_to";

    static final String KEY_GRID_STEP = "grid_step";

    static final String KEY_SCENARIO_NAME_COLUMN = "scenario_name_column";

    static final String KEY_SCENARIO_DOSE_COLUMN = "scenario_dose_column";

    static final String KEY_SCENARIO_INTERVAL_COLUMN = "scenario_interval_column";

    static final String KEY_SCENARIO_DOSES_COLUMN = "scenario_doses_column";

    static final String KEY_SUBJECT_COLUMN = "observed_subject_column";

    static final String KEY_OBSERVED_DOSE_COLUMN = "observed_dose_column";

    static final String KEY_TIME_COLUMN = "observed_time_column";

    static final String KEY_VALUE_COLUMN = "observed_value_column";

    static final String KEY_QUANTITY = "observed_quantity";

    static final String KEY_WEIGHTING = "weighting";

    static final String KEY_ESTIMATE_PK = "estimate_pk";

    static final String KEY_HELD = "held_parameters";

    static final String KEY_PER_SUBJECT = "fit_per_subject";

    static final String KEY_CONFIDENCE = "confidence_level";

    /** Mode: simulate time courses. */
    static final String SIMULATE = "Simulate";

    /** Mode: estimate parameters from observed data. */
    static final String FIT = "Fit";

    /** PK input: rate constants and apparent clearance/volume. */
    static final String PK_BY_RATES = "ka, CL/F, V/F";

    /** PK input: label values, one-compartment only. */
    static final String PK_BY_HALF_LIFE = "Half-life and tmax";

    static final List<String> MODES = List.of(SIMULATE, FIT);

    static final List<String> PK_INPUTS = List.of(PK_BY_RATES, PK_BY_HALF_LIFE);

    static final List<String> PK_LABELS = labels(PkStructure.values());

    static final List<String> PD_LABELS = labels(PdStructure.values());

    static final List<String> QUANTITY_LABELS = labels(ObservedQuantity.values());

    static final List<String> WEIGHTING_LABELS = labels(FitWeighting.values());

    final SettingsModelString m_mode = new SettingsModelString(KEY_MODE, SIMULATE);

    final SettingsModelString m_pkModel = new SettingsModelString(KEY_PK_MODEL, PkStructure.ONE_COMPARTMENT.label());

    final SettingsModelString m_pkInput = new SettingsModelString(KEY_PK_INPUT, PK_BY_RATES);

    final SettingsModelDouble m_ka = new SettingsModelDouble(KEY_KA, 1.5);

    final SettingsModelDouble m_cl = new SettingsModelDouble(KEY_CL, 5.0);

    final SettingsModelDouble m_v = new SettingsModelDouble(KEY_V, 100.0);

    final SettingsModelDouble m_q = new SettingsModelDouble(KEY_Q, 10.0);

    final SettingsModelDouble m_v2 = new SettingsModelDouble(KEY_V2, 50.0);

    final SettingsModelDouble m_lag = new SettingsModelDouble(KEY_LAG, 0.0);

    final SettingsModelDouble m_halfLife = new SettingsModelDouble(KEY_HALF_LIFE, 12.0);

    final SettingsModelDouble m_tmax = new SettingsModelDouble(KEY_TMAX, 1.0);

    final SettingsModelDouble m_dose = new SettingsModelDouble(KEY_DOSE, 4.0);

    final SettingsModelDouble m_interval = new SettingsModelDouble(KEY_INTERVAL, 24.0);

    final SettingsModelInteger m_doses = new SettingsModelInteger(KEY_DOSES, 1);

    final SettingsModelDouble m_fu = new SettingsModelDouble(KEY_FU, 1.0);

    final SettingsModelDouble m_molarMass = new SettingsModelDouble(KEY_MOLAR_MASS, 400.0);

    final SettingsModelString m_pdModel = new SettingsModelString(KEY_PD_MODEL, PdStructure.DIRECT_INHIBITION.label());

    final SettingsModelDouble m_baseline = new SettingsModelDouble(KEY_BASELINE, 100.0);

    final SettingsModelDouble m_imax = new SettingsModelDouble(KEY_IMAX, 1.0);

    final SettingsModelDouble m_emax = new SettingsModelDouble(KEY_EMAX, 1.0);

    final SettingsModelDouble m_c50 = new SettingsModelDouble(KEY_C50, 50.0);

    final SettingsModelDouble m_hill = new SettingsModelDouble(KEY_HILL, 1.0);

    final SettingsModelDouble m_ke0 = new SettingsModelDouble(KEY_KE0, 1.0);

    final SettingsModelDouble m_kout = new SettingsModelDouble(KEY_KOUT, 0.1);

    final SettingsModelDouble m_gridFrom = new SettingsModelDouble(KEY_GRID_FROM, 0.0);

    final SettingsModelDouble m_gridTo = new SettingsModelDouble(KEY_GRID_TO, 24.0);

    final SettingsModelDouble m_gridStep = new SettingsModelDouble(KEY_GRID_STEP, 0.25);

    final SettingsModelString m_scenarioNameColumn = new SettingsModelString(KEY_SCENARIO_NAME_COLUMN, null);

    final SettingsModelString m_scenarioDoseColumn = new SettingsModelString(KEY_SCENARIO_DOSE_COLUMN, null);

    final SettingsModelString m_scenarioIntervalColumn = new SettingsModelString(KEY_SCENARIO_INTERVAL_COLUMN, null);

    final SettingsModelString m_scenarioDosesColumn = new SettingsModelString(KEY_SCENARIO_DOSES_COLUMN, null);

    final SettingsModelString m_subjectColumn = new SettingsModelString(KEY_SUBJECT_COLUMN, null);

    final SettingsModelString m_observedDoseColumn = new SettingsModelString(KEY_OBSERVED_DOSE_COLUMN, null);

    final SettingsModelString m_timeColumn = new SettingsModelString(KEY_TIME_COLUMN, null);

    final SettingsModelString m_valueColumn = new SettingsModelString(KEY_VALUE_COLUMN, null);

    final SettingsModelString m_quantity = new SettingsModelString(KEY_QUANTITY, ObservedQuantity.RESPONSE.label());

    final SettingsModelString m_weighting = new SettingsModelString(KEY_WEIGHTING, FitWeighting.NONE.label());

    final SettingsModelBoolean m_estimatePk = new SettingsModelBoolean(KEY_ESTIMATE_PK, false);

    final SettingsModelString m_held = new SettingsModelString(KEY_HELD, "tlag");

    final SettingsModelBoolean m_perSubject = new SettingsModelBoolean(KEY_PER_SUBJECT, false);

    final SettingsModelDouble m_confidence = new SettingsModelDouble(KEY_CONFIDENCE, 0.95);

    @Override
    protected List<SettingsModel> models() {
        return List.of(m_mode, m_pkModel, m_pkInput, m_ka, m_cl, m_v, m_q, m_v2, m_lag, m_halfLife, m_tmax, m_dose,
            m_interval, m_doses, m_fu, m_molarMass, m_pdModel, m_baseline, m_imax, m_emax, m_c50, m_hill, m_ke0,
            m_kout, m_gridFrom, m_gridTo, m_gridStep, m_scenarioNameColumn, m_scenarioDoseColumn,
            m_scenarioIntervalColumn, m_scenarioDosesColumn, m_subjectColumn, m_observedDoseColumn, m_timeColumn,
            m_valueColumn, m_quantity, m_weighting, m_estimatePk, m_held, m_perSubject, m_confidence);
    }

    @Override
    protected ModelSettings createDefault() {
        return new PkPdModelSettings();
    }

    @Override
    protected void checkConsistency() throws InvalidSettingsException {
        if (!MODES.contains(m_mode.getStringValue())) {
            throw new InvalidSettingsException("Mode '" + m_mode.getStringValue() + "' is not one of " + MODES + ".");
        }
        values();
        Optional<String> regimen = regimenProblem();
        if (regimen.isPresent()) {
            throw new InvalidSettingsException(regimen.get() + " Correct dose, interval or number of doses.");
        }
        check(m_fu.getDoubleValue() > 0 && m_fu.getDoubleValue() <= 1, "Fraction unbound fu must be within (0, 1], got "
            + m_fu.getDoubleValue() + ": enter the free fraction in plasma (1 - fraction bound).");
        check(m_molarMass.getDoubleValue() > 0 && Double.isFinite(m_molarMass.getDoubleValue()),
            "Molar mass must be > 0 g/mol, got " + m_molarMass.getDoubleValue() + ".");
        if (isFit()) {
            fitStructure();
            held();
            double level = m_confidence.getDoubleValue();
            check(level > 0 && level < 1, "Confidence level must be within (0, 1), e.g. 0.95; got " + level + ".");
        } else {
            grid();
        }
    }

    private static void check(final boolean ok, final String message) throws InvalidSettingsException {
        if (!ok) {
            throw new InvalidSettingsException(message);
        }
    }

    boolean isFit() {
        return FIT.equals(m_mode.getStringValue());
    }

    PkStructure pk() throws InvalidSettingsException {
        return choice(m_pkModel, "PK model", PkStructure.values());
    }

    PdStructure pd() throws InvalidSettingsException {
        return choice(m_pdModel, "PD model", PdStructure.values());
    }

    ObservedQuantity quantity() throws InvalidSettingsException {
        return choice(m_quantity, "Observed quantity", ObservedQuantity.values());
    }

    FitWeighting weighting() throws InvalidSettingsException {
        return choice(m_weighting, "Weighting", FitWeighting.values());
    }

    private static <E extends Enum<E> & NamedChoice> E choice(final SettingsModelString model, final String setting,
        final E[] values) throws InvalidSettingsException {
        String label = model.getStringValue();
        return NamedChoice.parse(values, label).orElseThrow(() -> new InvalidSettingsException(
            setting + " '" + label + "' is not one of " + labels(values) + "."));
    }

    private static List<String> labels(final NamedChoice[] values) {
        return Arrays.stream(values).map(NamedChoice::label).toList();
    }

    /** @return the model simulated: the chosen PK and PD models */
    PkPdModelStructure simulationStructure() throws InvalidSettingsException {
        return new PkPdModelStructure(pk(), pd());
    }

    /** @return the model fitted: PK only for concentration data, else PK and PD */
    PkPdModelStructure fitStructure() throws InvalidSettingsException {
        try {
            return FitSetup.structureFor(pk(), pd(), quantity());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Observed quantity: " + e.getMessage() + ".", e);
        }
    }

    /** @return the structure of the current mode */
    PkPdModelStructure structure() throws InvalidSettingsException {
        return isFit() ? fitStructure() : simulationStructure();
    }

    /**
     * @return the parameter values of the current mode's structure; with "Half-life and tmax", ka and CL/F are
     *         derived from them and V/F ({@link ParameterInputs})
     */
    double[] values() throws InvalidSettingsException {
        String input = m_pkInput.getStringValue();
        check(PK_INPUTS.contains(input), "PK parameters '" + input + "' is not one of " + PK_INPUTS + ".");
        try {
            return new ParameterInputs(m_ka.getDoubleValue(), m_cl.getDoubleValue(), m_v.getDoubleValue(),
                m_q.getDoubleValue(), m_v2.getDoubleValue(), m_lag.getDoubleValue(), PK_BY_HALF_LIFE.equals(input),
                m_halfLife.getDoubleValue(), m_tmax.getDoubleValue(), m_baseline.getDoubleValue(),
                m_imax.getDoubleValue(), m_emax.getDoubleValue(), m_c50.getDoubleValue(), m_hill.getDoubleValue(),
                m_ke0.getDoubleValue(), m_kout.getDoubleValue()).values(structure());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Model parameters: " + e.getMessage() + "; correct it in the dialog.",
                e);
        }
    }

    /** @return why the dose, interval and number of doses are not a regimen, empty when they are */
    Optional<String> regimenProblem() {
        try {
            new org.jakstat.core.pkpd.DosingRegimen(m_dose.getDoubleValue(), m_interval.getDoubleValue(),
                m_doses.getIntValue());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("Dosing: " + e.getMessage() + ".");
        }
    }

    /** @return the output time grid [h] */
    double[] grid() throws InvalidSettingsException {
        try {
            return PkPdSimulator.evenGrid(m_gridFrom.getDoubleValue(), m_gridTo.getDoubleValue(),
                m_gridStep.getDoubleValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Time grid (from, to, step): " + e.getMessage() + ".", e);
        }
    }

    /** @return the parameters held in a fit: PK for PD data unless PK is estimated, plus the listed ones */
    Set<PkPdParameter> held() throws InvalidSettingsException {
        try {
            return FitSetup.heldParameters(fitStructure(), m_estimatePk.getBooleanValue(), m_held.getStringValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Held parameters: " + e.getMessage() + ".", e);
        }
    }

    MolarMass molarMass() {
        return new MolarMass(m_molarMass.getDoubleValue());
    }

    static Optional<String> column(final SettingsModelString model) {
        String v = model.getStringValue();
        return InputColumns.isSelected(v) ? Optional.of(v) : Optional.empty();
    }
}
