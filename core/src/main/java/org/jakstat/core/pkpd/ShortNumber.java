package org.jakstat.core.pkpd;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers in messages, labels and legends: 4 significant digits without trailing zeros ("4", "0.8731", "64"). */
public final class ShortNumber {

    private ShortNumber() {
    }

    /**
     * @param v a number
     * @return v to 4 significant digits, plain between 1e-4 and 1e7, else in scientific notation ("1.235e-05")
     */
    public static String format(final double v) {
        double a = Math.abs(v);
        if (!Double.isFinite(v) || a != 0 && (a < 1e-4 || a >= 1e7)) {
            return String.format(Locale.ROOT, "%.4g", v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
