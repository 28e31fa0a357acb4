package org.jakstat.core.selectivity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a potency value measures. Folds and panel metrics compare values of one type only: an IC50 depends on
 * assay conditions ([ATP] for ATP-competitive kinase inhibitors), a Ki or Kd does not, and Ki (from activity) and
 * Kd (from binding) come from different experiments.
 */
public enum ValueType {
    /** half-maximal inhibitory concentration in an activity assay; depends on [ATP] */
    IC50("IC50"),
    /** inhibition constant (from an activity assay, or from an IC50 by Cheng-Prusoff) */
    KI("Ki"),
    /** dissociation constant from a binding assay */
    KD("Kd");

    private final String m_label;

    ValueType(final String label) {
        m_label = label;
    }

    /** @return the label used in column names: "IC50", "Ki", "Kd" (so pX columns read pIC50, pKi, pKd) */
    public String label() {
        return m_label;
    }

    /**
     * @param text a label, case-insensitive ("ic50", "Ki", "KD")
     * @return the value type, or empty when unknown
     */
    public static Optional<ValueType> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (ValueType v : values()) {
            if (v.m_label.toUpperCase(Locale.ROOT).equals(t)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
