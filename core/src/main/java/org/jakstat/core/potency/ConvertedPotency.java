package org.jakstat.core.potency;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of converting one potency value: the value and its qualifier on the target scale, or the reason
 * it could not be converted (then the value is NaN).
 *
 * @param value the converted value, NaN when {@code problem} is present
 * @param qualifier the relation of the converted value to the true value
 * @param problem why the value could not be converted; empty on success
 */
public record ConvertedPotency(double value, Qualifier qualifier, Optional<String> problem) {

    /** Validates that a failed conversion has no value and a successful one has a finite value. */
    public ConvertedPotency {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(problem, "problem");
        if (problem.isPresent() && !Double.isNaN(value)) {
            throw new IllegalArgumentException("a failed conversion carries no value");
        }
        if (problem.isEmpty() && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a successful conversion needs a finite value, got " + value);
        }
    }

    /**
     * @param value the converted value
     * @param qualifier its qualifier
     * @return a successful conversion
     */
    public static ConvertedPotency of(final double value, final Qualifier qualifier) {
        return new ConvertedPotency(value, qualifier, Optional.empty());
    }

    /**
     * @param reason why the value could not be converted
     * @param qualifier the qualifier read from the input (kept so the output row still shows it)
     * @return a failed conversion
     */
    public static ConvertedPotency failed(final String reason, final Qualifier qualifier) {
        return new ConvertedPotency(Double.NaN, qualifier, Optional.of(reason));
    }

    /** @return true when the value was converted */
    public boolean isValid() {
        return problem.isEmpty();
    }
}
