package org.jakstat.core.selectivity;

import java.math.BigDecimal;
import java.math.MathContext;

import org.jakstat.core.potency.PotencyScale;

/** Writes a molar concentration for a note in the largest unit that keeps it &gt;= 1: 1e-3 M as "1 mM". */
final class ConcentrationText {

    private static final PotencyScale[] UNITS = {PotencyScale.M, PotencyScale.MM, PotencyScale.UM, PotencyScale.NM,
        PotencyScale.PM};

    private ConcentrationText() {
    }

    static String of(final double molar) {
        if (!(molar > 0) || !Double.isFinite(molar)) {
            return molar + " M";
        }
        for (PotencyScale unit : UNITS) {
            double v = PotencyScale.M.convert(molar, unit);
            if (v >= 1 || unit == PotencyScale.PM) {
                return number(v) + " " + unit.label();
            }
        }
        throw new AssertionError("unreachable");
    }

    /** Four significant digits, no trailing zeros, no exponent. */
    static String number(final double value) {
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
