package org.jakstat.core.timecourse;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in notes and reasons: at most 6 significant digits, no trailing zeros ("2", "0.5", "33.3333"). */
final class NumberText {

    private NumberText() {
    }

    /** @param value a number @return it as short text; "NaN" or "Infinity" when not finite */
    static String of(final double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** @param time a time @param unit its unit @return e.g. "2 h" */
    static String time(final double time, final TimeUnit unit) {
        return of(time) + " " + unit.label();
    }
}
