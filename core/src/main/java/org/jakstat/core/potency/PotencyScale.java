package org.jakstat.core.potency;

import java.util.Optional;

/**
 * The scale a potency is written on: a linear molar unit (M, mM, uM, nM, pM), the negative decadic logarithm
 * of the molar value (pX: pIC50 = -log10 IC50[M]), or the decadic logarithm of the molar value (log10 M).
 *
 * <p>Conversions between linear units shift the decimal point of the value as written (its shortest decimal
 * representation), so 5.9 nM is exactly the double nearest 0.0059 uM, as a scientist reading the number
 * expects; conversions into pX use pX = -(e + log10 v) for a value v in a unit of 10^e M, so 1 nM gives
 * pIC50 = 9 exactly.
 */
public enum PotencyScale {
    /** molar */
    M("M", 0),
    /** millimolar */
    MM("mM", -3),
    /** micromolar */
    UM("uM", -6),
    /** nanomolar */
    NM("nM", -9),
    /** picomolar */
    PM("pM", -12),
    /** negative log10 of the molar value (pIC50, pKi, ...) */
    P_X("pX", 0),
    /** log10 of the molar value, as dose-response x axes are written */
    LOG10_M("log10 M", 0);

    private final String m_label;

    private final int m_exponent;

    PotencyScale(final String label, final int exponent) {
        m_label = label;
        m_exponent = exponent;
    }

    /** @return the label used in settings and messages, e.g. "nM", "pX", "log10 M" */
    public String label() {
        return m_label;
    }

    /** @return true for the linear molar units, false for pX and log10 M */
    public boolean isLinear() {
        return this != P_X && this != LOG10_M;
    }

    /** @return true when a larger number means a lower concentration (pX), so bounds flip direction */
    public boolean isDecreasingInConcentration() {
        return this == P_X;
    }

    /** @return the linear unit of this scale, or empty for pX and log10 M */
    public Optional<ConcentrationUnit> unit() {
        return isLinear() ? Optional.of(ConcentrationUnit.valueOf(name())) : Optional.empty();
    }

    /**
     * The column name for a quantity on this scale, with its unit: {@code IC50 [nM]}, {@code pIC50},
     * {@code log10 IC50 [M]}.
     *
     * @param quantity the quantity, e.g. "IC50", "Ki"
     * @return the column name
     */
    public String columnName(final String quantity) {
        switch (this) {
            case P_X:
                return "p" + quantity;
            case LOG10_M:
                return "log10 " + quantity + " [M]";
            default:
                return quantity + " [" + m_label + "]";
        }
    }

    /**
     * Checks that a value can exist on this scale: finite, and positive on a linear scale.
     *
     * @param value the value
     * @return a reason when the value is impossible, empty when it is valid
     */
    public Optional<String> problemWith(final double value) {
        if (Double.isNaN(value)) {
            return Optional.of("missing value");
        }
        if (Double.isInfinite(value)) {
            return Optional.of("value is infinite");
        }
        if (isLinear() && value <= 0) {
            return Optional.of("concentration must be > 0 " + m_label + " (got " + value + ")");
        }
        return Optional.empty();
    }

    /**
     * Converts a valid value on this scale to another scale (see {@link #problemWith(double)}).
     *
     * @param value the value on this scale
     * @param target the scale to convert to
     * @return the value on the target scale
     */
    public double convert(final double value, final PotencyScale target) {
        if (this == target) {
            return value;
        }
        if (isLinear() && target.isLinear()) {
            return scaleByPowerOfTen(value, m_exponent - target.m_exponent);
        }
        double log10Molar = toLog10Molar(value);
        switch (target) {
            case P_X:
                return 0.0 - log10Molar; // 0.0 - x turns -0.0 into 0.0
            case LOG10_M:
                return log10Molar;
            default:
                return Math.pow(10.0, log10Molar - target.m_exponent);
        }
    }

    /**
     * @param value a valid value on this scale (see {@link #problemWith(double)})
     * @return log10 of the molar concentration it stands for: {@code e + log10 v} for a unit of 10^e M, the
     *         negated value for pX, the value itself for log10 M
     */
    public double toLog10Molar(final double value) {
        switch (this) {
            case P_X:
                return -value;
            case LOG10_M:
                return value;
            default:
                return m_exponent + Math.log10(value);
        }
    }

    private static double scaleByPowerOfTen(final double value, final int power) {
        return java.math.BigDecimal.valueOf(value).scaleByPowerOfTen(power).doubleValue();
    }

    /**
     * Reads a scale label: the unit labels (with {@code µM}/{@code μM} accepted), "pX" (or "p", "-log10 M"),
     * "log10 M" (or "log10(M)", "logM").
     *
     * @param text the label
     * @return the scale, or empty when unknown
     */
    public static Optional<PotencyScale> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (PotencyScale s : values()) {
            if (s.m_label.equals(t) || s.name().equals(t)) {
                return Optional.of(s);
            }
        }
        String compact = t.replace(" ", "").replace("(", "").replace(")", "");
        if (compact.equalsIgnoreCase("px") || compact.equalsIgnoreCase("p") || compact.equals("-log10M")) {
            return Optional.of(P_X);
        }
        if (compact.equals("log10M") || compact.equals("logM")) {
            return Optional.of(LOG10_M);
        }
        return ConcentrationUnit.parse(t).map(u -> valueOf(u.name()));
    }
}
