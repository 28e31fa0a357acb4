package org.jakstat.core.doseresponse;

/**
 * Inclusive box bound of one parameter, e.g. Bottom &gt;= -20 is {@code new ParameterBound(-20, +Infinity)}.
 *
 * @param lower lower limit ({@code -Infinity} for none)
 * @param upper upper limit ({@code +Infinity} for none)
 */
public record ParameterBound(double lower, double upper) {

    /** Validates {@code lower <= upper}, no NaN. */
    public ParameterBound {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("a bound needs lower <= upper, got [" + lower + ", " + upper + "]");
        }
    }

    /** @param v a value @return v clamped into the bound */
    public double clamp(double v) {
        return Math.min(upper, Math.max(lower, v));
    }
}
