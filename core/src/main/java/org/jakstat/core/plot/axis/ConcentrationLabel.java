package org.jakstat.core.plot.axis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.jakstat.core.potency.ConcentrationUnit;

/**
 * Writes molar concentrations with the unit in which they read as 1 to 999 ({@code 12.0 nM}, {@code 1.99 µM},
 * {@code 250 pM}), as tick labels and IC50 markers do. Locale-independent.
 */
public final class ConcentrationLabel {

    private ConcentrationLabel() {
    }

    /**
     * @param molar a concentration in M
     * @param significantDigits how many significant digits to keep (trailing zeros included), 1..10
     * @return the label, e.g. {@code "12.0 nM"}; {@code "n/a"} for a value that is not finite
     */
    public static String format(final double molar, final int significantDigits) {
        if (significantDigits < 1 || significantDigits > 10) {
            throw new IllegalArgumentException("significant digits must be in 1..10, got " + significantDigits);
        }
        if (!Double.isFinite(molar)) {
            return "n/a";
        }
        if (molar == 0) {
            return "0 M";
        }
        ConcentrationUnit unit = unitFor(molar);
        BigDecimal value = new BigDecimal(unit.fromMolar(molar)).round(new MathContext(significantDigits,
            RoundingMode.HALF_UP));
        // keep trailing zeros up to the requested digits: 12 nM at three digits is "12.0 nM"
        int magnitude = value.precision() - value.scale() - 1;
        value = value.setScale(Math.max(value.scale(), significantDigits - 1 - magnitude), RoundingMode.HALF_UP);
        return TickLabelFormatter.withMinus(value.toPlainString()) + " " + symbol(unit);
    }

    /**
     * @param molar a concentration in M
     * @return the unit in which its magnitude reads as 1..999 (pM below 1 pM, M from 1 M up)
     */
    public static ConcentrationUnit unitFor(final double molar) {
        double m = Math.abs(molar);
        for (ConcentrationUnit u : ConcentrationUnit.values()) {
            if (u.fromMolar(m) >= 1 - 1e-9) {
                return u;
            }
        }
        return ConcentrationUnit.PM;
    }

    /**
     * @param unit a unit
     * @return its symbol for display, with the micro sign: {@code µM} rather than {@code uM}
     */
    public static String symbol(final ConcentrationUnit unit) {
        return unit == ConcentrationUnit.UM ? "\u00b5M" : unit.label();
    }
}
