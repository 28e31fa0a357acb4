package org.jakstat.core.plot.axis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.jakstat.core.potency.ConcentrationUnit;

/** Writes tick values as text in one of the {@link TickLabelStyle}s; locale-independent. */
final class TickLabelFormatter {

    private static final String TIMES_TEN = "\u00d710";

    private static final char MINUS = '\u2212';

    private static final char[] SUPERSCRIPT_DIGITS =
        {'\u2070', '\u00b9', '\u00b2', '\u00b3', '\u2074', '\u2075', '\u2076', '\u2077', '\u2078', '\u2079'};

    private static final char SUPERSCRIPT_MINUS = '\u207b';

    /** Plain numbers are used between these magnitudes; outside, a power of ten. */
    private static final double PLAIN_MIN = 1e-4;

    private static final double PLAIN_MAX = 1e6;

    private TickLabelFormatter() {
    }

    /**
     * @param value a tick value on a linear axis
     * @param step the distance between major ticks
     * @param largest the largest absolute tick value on the axis, so all labels share one notation
     * @param style the label style
     * @return the label
     */
    static String linear(final double value, final double step, final double largest, final TickLabelStyle style) {
        if (style == TickLabelStyle.MOLAR_CONCENTRATION) {
            ConcentrationUnit unit = ConcentrationLabel.unitFor(largest);
            double scaled = unit.fromMolar(value);
            return value == 0 ? "0" : withMinus(fixed(scaled, decimalsFor(unit.fromMolar(step)))) + " "
                + ConcentrationLabel.symbol(unit);
        }
        boolean scientific = style == TickLabelStyle.POWER_OF_TEN || largest >= PLAIN_MAX
            || largest > 0 && largest < PLAIN_MIN;
        if (!scientific) {
            return withMinus(fixed(value, decimalsFor(step)));
        }
        if (value == 0) {
            return "0";
        }
        int exponent = (int)Math.floor(Math.log10(largest));
        double scale = Math.pow(10, exponent);
        return withMinus(fixed(value / scale, decimalsFor(step / scale))) + TIMES_TEN + superscript(exponent);
    }

    /**
     * @param value a tick value on a log axis, &gt; 0, typically {@code m×10^d} with a small integer m
     * @param style the label style
     * @return the label
     */
    static String logarithmic(final double value, final TickLabelStyle style) {
        switch (style) {
            case MOLAR_CONCENTRATION: {
                ConcentrationUnit unit = ConcentrationLabel.unitFor(value);
                return significant(unit.fromMolar(value)) + " " + ConcentrationLabel.symbol(unit);
            }
            case POWER_OF_TEN:
                return powerOfTen(value);
            default:
                return value >= PLAIN_MIN && value < PLAIN_MAX ? significant(value) : powerOfTen(value);
        }
    }

    private static String powerOfTen(final double value) {
        int exponent = (int)Math.floor(Math.log10(value) + 1e-9);
        double mantissa = value / Math.pow(10, exponent);
        String m = significant(mantissa);
        return (m.equals("1") ? "10" : m + TIMES_TEN) + superscript(exponent);
    }

    private static int decimalsFor(final double step) {
        return Math.max(0, (int)Math.ceil(-Math.log10(step) - 1e-9));
    }

    private static String fixed(final double value, final int decimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return d.signum() == 0 ? d.abs().toPlainString() : d.toPlainString();
    }

    private static String significant(final double value) {
        BigDecimal d = new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros();
        return withMinus(d.toPlainString());
    }

    static String withMinus(final String number) {
        return number.startsWith("-") ? MINUS + number.substring(1) : number;
    }

    /**
     * @param exponent an integer
     * @return the integer in Unicode superscript digits, e.g. {@code ⁻⁹}
     */
    static String superscript(final int exponent) {
        StringBuilder s = new StringBuilder(4);
        if (exponent < 0) {
            s.append(SUPERSCRIPT_MINUS);
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            s.append(SUPERSCRIPT_DIGITS[c - '0']);
        }
        return s.toString();
    }
}
