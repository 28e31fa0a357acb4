package org.jakstat.core.timecourse;

import java.util.Optional;

import org.jakstat.core.doseresponse.CurveParameter;
import org.jakstat.core.doseresponse.DoseResponseSettings;

/**
 * The dose-response model fitted to a metric against dose, through the dose-response engine with X = log10(dose)
 * (Prism's 4PL, {@link org.jakstat.core.doseresponse}). In pharmacodynamic notation
 * {@code E = E0 + Emax D^n / (ED50^n + D^n)}: Bottom = E0 (the zero-dose plateau, which placebo subjects at dose
 * 0 estimate), Top = E0 + Emax, LogIC50 = log10 ED50, HillSlope = n.
 */
public enum DoseModel {
    /** the hyperbolic Emax model, n = 1: three parameters, the usual choice with two or three dose levels */
    EMAX("Emax (Hill = 1)"),
    /** the sigmoid Emax model, n estimated: needs several dose levels */
    SIGMOID_EMAX("sigmoid Emax (Hill free)");

    private final String m_label;

    DoseModel(final String label) {
        m_label = label;
    }

    /** @return the name users see */
    public String label() {
        return m_label;
    }

    /**
     * @param confidenceLevel level of the confidence intervals, e.g. 0.95
     * @return the engine's settings for this model (dose 0 fitted as the zero-dose plateau)
     */
    public DoseResponseSettings engineSettings(final double confidenceLevel) {
        DoseResponseSettings s = DoseResponseSettings.fourParameter().withConfidenceLevel(confidenceLevel);
        return this == EMAX ? s.withFixed(CurveParameter.HILL_SLOPE, 1.0) : s;
    }

    /**
     * @param text a label or constant name, case-insensitive ("emax", "sigmoid")
     * @return the model, empty when unknown
     */
    public static Optional<DoseModel> parse(final String text) {
        if (text != null && text.strip().equalsIgnoreCase("sigmoid")) {
            return Optional.of(SIGMOID_EMAX);
        }
        return Choices.parse(values(), DoseModel::label, text);
    }
}
