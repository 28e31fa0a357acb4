package org.jakstat.core.potency;

/** Whether and in which direction a {@link PotencyConversion} applies the Cheng-Prusoff relation. */
public enum ChengPrusoffMode {
    /** values are converted between scales only */
    NONE("none"),
    /** IC50 measured at [S] becomes Ki = IC50 / (1 + [S]/Km) */
    IC50_TO_KI("IC50 -> Ki"),
    /** Ki becomes the IC50 expected at [S]: IC50 = Ki * (1 + [S]/Km) */
    KI_TO_IC50("Ki -> IC50");

    private final String m_label;

    ChengPrusoffMode(final String label) {
        m_label = label;
    }

    /** @return the label shown in dialogs and stored in settings */
    public String label() {
        return m_label;
    }

    /**
     * @param label a label as returned by {@link #label()} or an enum constant name
     * @return the mode, or empty when unknown
     */
    public static java.util.Optional<ChengPrusoffMode> parse(final String label) {
        for (ChengPrusoffMode m : values()) {
            if (m.m_label.equals(label) || m.name().equals(label)) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }
}
