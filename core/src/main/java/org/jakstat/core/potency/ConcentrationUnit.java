package org.jakstat.core.potency;

import java.util.Locale;
import java.util.Optional;

/**
 * A linear molar concentration unit. Jakstat computes in molar (M) internally; every value read from a user
 * carries one of these units (a setting, never a guess).
 */
public enum ConcentrationUnit {
    /** molar */
    M("M", 1.0),
    /** millimolar, 1e-3 M */
    MM("mM", 1e3),
    /** micromolar, 1e-6 M */
    UM("uM", 1e6),
    /** nanomolar, 1e-9 M */
    NM("nM", 1e9),
    /** picomolar, 1e-12 M */
    PM("pM", 1e12);

    private final String m_label;

    /** Units per molar: an exact power of ten, so conversions are one correctly rounded operation. */
    private final double m_perMolar;

    ConcentrationUnit(final String label, final double perMolar) {
        m_label = label;
        m_perMolar = perMolar;
    }

    /** @return the unit as written in column names and settings, e.g. {@code "nM"} */
    public String label() {
        return m_label;
    }

    /** @return how many molar one unit is, e.g. 1e-9 for nM */
    public double molarFactor() {
        return 1.0 / m_perMolar;
    }

    /**
     * @param value a concentration in this unit
     * @return the same concentration in M
     */
    public double toMolar(final double value) {
        return value / m_perMolar;
    }

    /**
     * @param molar a concentration in M
     * @return the same concentration in this unit
     */
    public double fromMolar(final double molar) {
        return molar * m_perMolar;
    }

    /**
     * Reads a unit label. Accepts the labels above case-sensitively for the prefix (mM vs MM would be ambiguous
     * in general use, so "MM" is refused) and the micro sign variants {@code µM}, {@code μM}.
     *
     * @param text a label such as "nM", "uM", "µM"
     * @return the unit, or empty when the text is not a known unit
     */
    public static Optional<ConcentrationUnit> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('\u00b5', 'u').replace('\u03bc', 'u');
        for (ConcentrationUnit u : values()) {
            if (u.m_label.equals(t)) {
                return Optional.of(u);
            }
        }
        if (t.length() == 2 && t.toUpperCase(Locale.ROOT).equals("UM")) {
            return Optional.of(UM);
        }
        return Optional.empty();
    }
}
