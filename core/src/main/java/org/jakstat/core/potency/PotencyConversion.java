package org.jakstat.core.potency;

import java.util.Objects;

/**
 * Converts potency values from one scale to another, optionally through the Cheng-Prusoff relation, and
 * carries the censoring qualifier correctly: a '&gt;' IC50 stays '&gt;' in any linear unit and after
 * Cheng-Prusoff (a division by a positive constant keeps order) and becomes '&lt;' on the pX scale.
 *
 * @param from the scale of the input values
 * @param to the scale of the output values
 * @param chengPrusoff whether to apply Cheng-Prusoff; [S] and Km are then given per value
 */
public record PotencyConversion(PotencyScale from, PotencyScale to, ChengPrusoffMode chengPrusoff) {

    /** Validates the components. */
    public PotencyConversion {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(chengPrusoff, "chengPrusoff");
    }

    /**
     * A scale change without Cheng-Prusoff.
     *
     * @param from the input scale
     * @param to the output scale
     * @return the conversion
     */
    public static PotencyConversion between(final PotencyScale from, final PotencyScale to) {
        return new PotencyConversion(from, to, ChengPrusoffMode.NONE);
    }

    /**
     * Converts one value without Cheng-Prusoff.
     *
     * @param value the value on {@link #from()}
     * @param qualifier its qualifier
     * @return the converted value, or the reason it cannot be converted
     * @throws IllegalStateException when this conversion needs [S] and Km
     */
    public ConvertedPotency apply(final double value, final Qualifier qualifier) {
        if (chengPrusoff != ChengPrusoffMode.NONE) {
            throw new IllegalStateException("Cheng-Prusoff conversion needs [S] and Km");
        }
        return apply(value, qualifier, Double.NaN, Double.NaN);
    }

    /**
     * Converts one value.
     *
     * @param value the value on {@link #from()}
     * @param qualifier its qualifier
     * @param substrate [S] for Cheng-Prusoff (ignored when not applied), same unit as km
     * @param km Km for Cheng-Prusoff (ignored when not applied)
     * @return the converted value, or the reason it cannot be converted
     */
    public ConvertedPotency apply(final double value, final Qualifier qualifier, final double substrate,
        final double km) {
        Objects.requireNonNull(qualifier, "qualifier");
        var problem = from.problemWith(value);
        if (problem.isPresent()) {
            return ConvertedPotency.failed(problem.get(), qualifier);
        }
        double linear = value;
        PotencyScale linearScale = from;
        if (chengPrusoff != ChengPrusoffMode.NONE) {
            var conditions = ChengPrusoff.problemWith(substrate, km);
            if (conditions.isPresent()) {
                return ConvertedPotency.failed(conditions.get(), qualifier);
            }
            if (!from.isLinear()) {
                linear = from.convert(value, PotencyScale.M);
                linearScale = PotencyScale.M;
            }
            linear = chengPrusoff == ChengPrusoffMode.IC50_TO_KI ? ChengPrusoff.ki(linear, substrate, km)
                : ChengPrusoff.ic50(linear, substrate, km);
        }
        double converted = linearScale.convert(linear, to);
        if (!Double.isFinite(converted) || (to.isLinear() && converted <= 0)) {
            return ConvertedPotency.failed("value " + value + " " + from.label() + " is outside the range "
                + to.label() + " can represent", qualifier);
        }
        boolean flips = from.isDecreasingInConcentration() != to.isDecreasingInConcentration();
        return ConvertedPotency.of(converted, flips ? qualifier.mirrored() : qualifier);
    }
}
