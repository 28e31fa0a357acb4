package org.jakstat.core.pkpd;

import java.util.Optional;

/** What the observations of a PK/PD fit measure, and so what the model predicts for them. */
public enum ObservedQuantity implements NamedChoice {
    /** The PD response in its own unit (pSTAT MFI, CRP, ...): the PD model's E(t) or R(t). */
    RESPONSE("Response", "response"),
    /**
     * % inhibition {@code 100 (1 - E(t)/E0)}, as the PD Time-Course Analyzer normalises pSTAT data. The baseline
     * E0 (R0) cancels, so it cannot be estimated from such data and is held at its given value.
     */
    PERCENT_INHIBITION("Inhibition [%]", "inhibition"),
    /** Total plasma concentration [mg/L]; only PK parameters are fitted. */
    TOTAL_CONCENTRATION("C total [mg/L]", "concentration");

    private final String m_label;

    private final String m_keyword;

    ObservedQuantity(final String label, final String keyword) {
        m_label = label;
        m_keyword = keyword;
    }

    /** @return the name with unit, as in column names and dialogs */
    @Override
    public String label() {
        return m_label;
    }

    /** @return the short name used on the command line */
    @Override
    public String keyword() {
        return m_keyword;
    }

    /** @return true when the observations are PD (response or % inhibition) */
    public boolean isPharmacodynamic() {
        return this != TOTAL_CONCENTRATION;
    }

    /**
     * @param text a label, keyword or constant name, any case
     * @return the quantity, empty when nothing matches
     */
    public static Optional<ObservedQuantity> parse(final String text) {
        return NamedChoice.parse(values(), text);
    }
}
