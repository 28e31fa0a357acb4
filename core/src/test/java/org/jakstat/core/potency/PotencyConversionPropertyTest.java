package org.jakstat.core.potency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Invariants of scale conversion over random values (jqwik). Kept apart from the JUnit Jupiter tests: surefire
 * writes one report per class, so a class run by two engines would be counted only once.
 */
class PotencyConversionPropertyTest {

    @Property
    void linearToPxAndBackRoundTrips(@ForAll @DoubleRange(min = -6, max = 9) final double log10Nanomolar) {
        double nanomolar = Math.pow(10, log10Nanomolar);
        double px = PotencyScale.NM.convert(nanomolar, PotencyScale.P_X);
        double back = PotencyScale.P_X.convert(px, PotencyScale.NM);
        assertEquals(nanomolar, back, 1e-13 * nanomolar);
    }

    @Property
    void everyScalePairRoundTrips(@ForAll final PotencyScale a, @ForAll final PotencyScale b,
        @ForAll @DoubleRange(min = -3, max = 3) final double log10Value) {
        double value = a.isLinear() ? Math.pow(10, log10Value) : log10Value;
        double there = a.convert(value, b);
        double back = b.convert(there, a);
        assertEquals(value, back, 1e-12 * Math.max(1, Math.abs(value)));
    }
}
