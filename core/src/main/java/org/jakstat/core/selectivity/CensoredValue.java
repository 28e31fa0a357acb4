package org.jakstat.core.selectivity;

import java.util.Objects;

import org.jakstat.core.potency.Qualifier;

/**
 * A number with its censoring qualifier, as screening databases report values: {@code >67.8} means the true value
 * is above 67.8, {@code =9.0} that 9.0 is the estimate. Used for potencies, folds and metrics. A quantity that is
 * not even bounded is not a {@code CensoredValue}: results hold it as an empty {@code Optional} with a reason.
 *
 * @param value the estimate or bound, finite
 * @param qualifier how the true value relates to {@code value}
 */
public record CensoredValue(double value, Qualifier qualifier) {

    /** Validates that the value is finite and the qualifier present. */
    public CensoredValue {
        Objects.requireNonNull(qualifier, "qualifier");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a censored value needs a finite number, got " + value);
        }
    }

    /**
     * @param value an estimate
     * @return the value with qualifier '='
     */
    public static CensoredValue exact(final double value) {
        return new CensoredValue(value, Qualifier.EQUAL);
    }

    /** @return true when the value is a bound ('&lt;', '&lt;=', '&gt;', '&gt;='), false for '=' and '~' */
    public boolean isBound() {
        return qualifier.isBound();
    }

    /** @return the qualifier symbol followed by the value, e.g. {@code ">67.79661016949152"} or {@code "=9.0"} */
    @Override
    public String toString() {
        return qualifier.symbol() + value;
    }
}
