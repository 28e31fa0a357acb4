package org.jakstat.core.timecourse;

import java.util.Optional;

/**
 * The unit of the sampling times (a setting, never a guess). Every time-valued result is in the same unit, and
 * column names carry it: {@code Time [h]}, {@code AUEC [% inhibition·h]}.
 */
public enum TimeUnit {
    /** minutes */
    MINUTE("min"),
    /** hours, Jakstat's default */
    HOUR("h"),
    /** days */
    DAY("day"),
    /** weeks */
    WEEK("week");

    private final String m_label;

    TimeUnit(final String label) {
        m_label = label;
    }

    /** @return the unit as written in column names and settings, e.g. {@code "h"} */
    public String label() {
        return m_label;
    }

    /**
     * @param text a label ({@code min, h, day, week}) or constant name, case-insensitive
     * @return the unit, empty when unknown
     */
    public static Optional<TimeUnit> parse(final String text) {
        return Choices.parse(values(), TimeUnit::label, text);
    }
}
