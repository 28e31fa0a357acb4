package org.jakstat.core.selectivity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.jakstat.core.potency.Qualifier;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Soundness and necessity of the ratio qualifier table over random values (jqwik): whenever a bound is returned,
 * every pair of true values consistent with the inputs gives a true ratio on the stated side; whenever
 * "undetermined" is returned, true values exist on both sides of the reported ratio. '~' is treated as an
 * estimate (its true value is taken equal to the reported one).
 */
class CensoredRatioPropertyTest {

    @Property(tries = 3000)
    void aReturnedQualifierHoldsForEveryConsistentTrueValue(@ForAll final Qualifier qn, @ForAll final Qualifier qd,
        @ForAll @DoubleRange(min = -3, max = 3) final double log10N,
        @ForAll @DoubleRange(min = -3, max = 3) final double log10D,
        @ForAll @DoubleRange(min = 0, max = 4) final double shiftN,
        @ForAll @DoubleRange(min = 0, max = 4) final double shiftD) {
        CensoredValue n = new CensoredValue(Math.pow(10, log10N), qn);
        CensoredValue d = new CensoredValue(Math.pow(10, log10D), qd);
        Optional<CensoredValue> ratio = CensoredRatio.of(n, d);
        if (ratio.isEmpty()) {
            return;
        }
        double trueRatio = consistentTrueValue(n, shiftN) / consistentTrueValue(d, shiftD);
        assertTrue(satisfies(trueRatio, ratio.get()), n + " / " + d + " -> " + ratio.get() + " but true "
            + trueRatio);
    }

    @Property(tries = 500)
    void undeterminedRatiosCanLieOnEitherSide(@ForAll final Qualifier qn, @ForAll final Qualifier qd,
        @ForAll @DoubleRange(min = -3, max = 3) final double log10N,
        @ForAll @DoubleRange(min = -3, max = 3) final double log10D) {
        CensoredValue n = new CensoredValue(Math.pow(10, log10N), qn);
        CensoredValue d = new CensoredValue(Math.pow(10, log10D), qd);
        if (CensoredRatio.of(n, d).isPresent()) {
            return;
        }
        double reported = n.value() / d.value();
        // push N and D 100-fold along their allowed directions, once each way round
        double up = consistentTrueValue(n, 2) / consistentTrueValue(d, 0.0);
        double down = consistentTrueValue(n, 0.0) / consistentTrueValue(d, 2);
        assertTrue(up > reported && down < reported || up < reported && down > reported,
            n + " / " + d + ": " + down + " .. " + up);
        assertFalse(qn.isBound() && qd.isBound() && qn.isLowerBound() != qd.isLowerBound(),
            "only same-direction bounds may be undetermined");
    }

    /** A true value allowed by the qualifier, log10-shifted by {@code shift} (strictly, for strict bounds). */
    private static double consistentTrueValue(final CensoredValue v, final double shift) {
        double factor = Math.pow(10, shift);
        switch (v.qualifier()) {
            case GREATER:
                return v.value() * factor * 1.0001;
            case GREATER_OR_EQUAL:
                return v.value() * factor;
            case LESS:
                return v.value() / factor / 1.0001;
            case LESS_OR_EQUAL:
                return v.value() / factor;
            default:
                return v.value();
        }
    }

    private static boolean satisfies(final double trueValue, final CensoredValue stated) {
        double tol = 1e-12 * stated.value();
        switch (stated.qualifier()) {
            case GREATER:
                return trueValue > stated.value() - tol;
            case GREATER_OR_EQUAL:
                return trueValue >= stated.value() - tol;
            case LESS:
                return trueValue < stated.value() + tol;
            case LESS_OR_EQUAL:
                return trueValue <= stated.value() + tol;
            default:
                return Math.abs(trueValue - stated.value()) <= tol;
        }
    }
}
