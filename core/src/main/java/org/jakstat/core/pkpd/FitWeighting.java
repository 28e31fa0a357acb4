package org.jakstat.core.pkpd;

import java.util.Optional;

/** How observations are weighted in a PK/PD fit. */
public enum FitWeighting implements NamedChoice {
    /** Every observation counts equally (constant error SD). */
    NONE("None", "none"),
    /**
     * {@code w = 1/Y^2} with Y the observed value: constant coefficient of variation, the usual error model for
     * concentrations. An observation with Y = 0 cannot be weighted and is excluded with a reason. (Weights from
     * the observed, not the predicted, value keep the fit a plain weighted least-squares problem, as the
     * dose-response fitter does.)
     */
    RELATIVE("Relative (1/Y\u00b2)", "relative");

    private final String m_label;

    private final String m_keyword;

    FitWeighting(final String label, final String keyword) {
        m_label = label;
        m_keyword = keyword;
    }

    /** @return the name shown in dialogs */
    @Override
    public String label() {
        return m_label;
    }

    /** @return the short name used on the command line */
    @Override
    public String keyword() {
        return m_keyword;
    }

    /**
     * @param text a label, keyword or constant name, any case
     * @return the weighting, empty when nothing matches
     */
    public static Optional<FitWeighting> parse(final String text) {
        return NamedChoice.parse(values(), text);
    }
}
