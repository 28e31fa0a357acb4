package org.jakstat.core.timecourse;

import java.util.Optional;

/**
 * Which side of the threshold counts as "in effect" for onset, offset and duration of effect: above for a
 * response that rises with effect (% inhibition), below for one that falls (CRP as % of baseline).
 */
public enum EffectSide {
    /** in effect when the response is at or above the threshold */
    ABOVE("above"),
    /** in effect when the response is at or below the threshold */
    BELOW("below");

    private final String m_label;

    EffectSide(final String label) {
        m_label = label;
    }

    /** @return {@code "above"} or {@code "below"} */
    public String label() {
        return m_label;
    }

    /**
     * @param text a label or constant name, case-insensitive
     * @return the side, empty when unknown
     */
    public static Optional<EffectSide> parse(final String text) {
        return Choices.parse(values(), EffectSide::label, text);
    }
}
