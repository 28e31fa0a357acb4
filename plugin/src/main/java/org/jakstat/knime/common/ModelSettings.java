package org.jakstat.knime.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.potency.PotencyScale;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Base of each node's settings class: owns the node's settings models (one per persisted key), saves, validates
 * and loads them in one place, and adds the node's cross-setting checks. Node model and dialog share one
 * instance of the subclass, so keys and defaults are named exactly once.
 */
public abstract class ModelSettings {

    /** Labels of every potency scale (M ... pM, pX, log10 M), as offered in dialogs. */
    public static final List<String> SCALE_LABELS =
        Arrays.stream(PotencyScale.values()).map(PotencyScale::label).toList();

    /** Labels of the linear concentration units (M ... pM), as offered in dialogs. */
    public static final List<String> UNIT_LABELS =
        Arrays.stream(ConcentrationUnit.values()).map(ConcentrationUnit::label).toList();

    /** @return every settings model of the node, in a fixed order */
    protected abstract List<SettingsModel> models();

    /**
     * Checks combinations of values that no single settings model can check (e.g. a Km that is required only
     * when Cheng-Prusoff is on). Called on a fresh copy holding the values to validate.
     *
     * @throws InvalidSettingsException naming the setting and how to fix it
     */
    protected abstract void checkConsistency() throws InvalidSettingsException;

    /** @return a new instance with default values, used to validate settings without changing this one */
    protected abstract ModelSettings createDefault();

    /** @param settings to write every model into */
    public final void saveSettingsTo(final NodeSettingsWO settings) {
        for (SettingsModel m : models()) {
            m.saveSettingsTo(settings);
        }
    }

    /**
     * Validates without changing this instance: every model must load, then the combination must be consistent.
     *
     * @param settings the settings to check
     * @throws InvalidSettingsException naming the setting at fault
     */
    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        ModelSettings copy = createDefault();
        copy.loadValidatedSettingsFrom(settings);
        copy.checkConsistency();
    }

    /**
     * @param settings validated settings to load
     * @throws InvalidSettingsException if a key is missing or has the wrong type
     */
    public final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel m : models()) {
            m.loadSettingsFrom(settings);
        }
    }

    /** @throws InvalidSettingsException when the current values are inconsistent (used at configure time) */
    public final void checkCurrent() throws InvalidSettingsException {
        checkConsistency();
    }

    /**
     * @param model an optional column-name setting
     * @return the selected column, or empty when none is selected
     */
    protected static Optional<String> selected(final SettingsModelString model) {
        String v = model.getStringValue();
        return InputColumns.isSelected(v) ? Optional.of(v) : Optional.empty();
    }

    /**
     * @param model a setting holding a potency scale label
     * @param setting the setting's name in the dialog, for the message
     * @return the scale
     * @throws InvalidSettingsException naming the setting when the label is unknown
     */
    protected static PotencyScale scale(final SettingsModelString model, final String setting)
        throws InvalidSettingsException {
        String label = model.getStringValue();
        return PotencyScale.parse(label).orElseThrow(() -> new InvalidSettingsException(setting + " '" + label
            + "' is not one of " + SCALE_LABELS + "."));
    }

    /**
     * @param model a setting holding a linear concentration unit label
     * @param setting the setting's name in the dialog, for the message
     * @return the unit
     * @throws InvalidSettingsException naming the setting when the label is unknown
     */
    protected static ConcentrationUnit unit(final SettingsModelString model, final String setting)
        throws InvalidSettingsException {
        String label = model.getStringValue();
        return ConcentrationUnit.parse(label).orElseThrow(() -> new InvalidSettingsException(setting + " '" + label
            + "' is not one of " + UNIT_LABELS + "."));
    }
}
