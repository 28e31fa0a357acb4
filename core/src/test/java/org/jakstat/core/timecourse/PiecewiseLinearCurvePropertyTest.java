package org.jakstat.core.timecourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Invariants of the piecewise-linear curve over random non-uniform samplings (jqwik). Kept apart from the JUnit
 * Jupiter tests: surefire writes one report per class, so a class run by two engines would be counted once.
 */
class PiecewiseLinearCurvePropertyTest {

    @Provide
    Arbitrary<PiecewiseLinearCurve> curves() {
        Arbitrary<List<Double>> steps = Arbitraries.doubles().between(0.01, 5).list().ofMinSize(1).ofMaxSize(30);
        Arbitrary<List<Double>> values = Arbitraries.doubles().between(-100, 100).list().ofSize(31);
        return Combinators.combine(steps, values).as((s, v) -> {
            double[] t = new double[s.size() + 1];
            double[] y = new double[s.size() + 1];
            for (int i = 0; i < t.length; i++) {
                t[i] = i == 0 ? 0 : t[i - 1] + s.get(i - 1);
                y[i] = v.get(i);
            }
            return PiecewiseLinearCurve.of(t, y);
        });
    }

    @Property
    void timeAtOrAboveLiesWithinTheInterval(@ForAll("curves") final PiecewiseLinearCurve c,
        @ForAll @DoubleRange(min = -120, max = 120) final double threshold) {
        double time = c.timeAtOrAbove(threshold, c.start(), c.end());
        assertTrue(time >= 0 && time <= c.end() - c.start() + 1e-12, "time " + time);
    }

    @Property
    void timeAtOrAboveFallsAsTheThresholdRises(@ForAll("curves") final PiecewiseLinearCurve c,
        @ForAll @DoubleRange(min = -120, max = 120) final double low,
        @ForAll @DoubleRange(min = 0, max = 50) final double raise) {
        assertTrue(c.timeAtOrAbove(low + raise, c.start(), c.end()) <= c.timeAtOrAbove(low, c.start(), c.end())
            + 1e-9);
    }

    @Property
    void integralIsAdditiveOverAdjacentIntervals(@ForAll("curves") final PiecewiseLinearCurve c,
        @ForAll @DoubleRange(min = 0, max = 1) final double split) {
        double mid = c.start() + split * (c.end() - c.start());
        double whole = c.integral(c.start(), c.end());
        assertEquals(whole, c.integral(c.start(), mid) + c.integral(mid, c.end()), 1e-9 * (1 + Math.abs(whole)));
    }

    @Property
    void timeAboveAndBelowAThresholdFillTheInterval(@ForAll("curves") final PiecewiseLinearCurve c,
        @ForAll @DoubleRange(min = -120, max = 120) final double threshold) {
        // time(y >= th) + time(-y >= -th) counts the crossings' measure-zero points twice only
        double[] t = c.times();
        double[] negated = c.values();
        for (int i = 0; i < negated.length; i++) {
            negated[i] = -negated[i];
        }
        PiecewiseLinearCurve mirror = PiecewiseLinearCurve.of(t, negated);
        double above = c.timeAtOrAbove(threshold, c.start(), c.end());
        double belowOrAt = mirror.timeAtOrAbove(-threshold, c.start(), c.end());
        double length = c.end() - c.start();
        assertTrue(above + belowOrAt >= length - 1e-9 * length, above + " + " + belowOrAt + " < " + length);
    }

    @Property
    void averageLiesBetweenTheExtremeSamples(@ForAll("curves") final PiecewiseLinearCurve c) {
        double avg = c.average(c.start(), c.end());
        double min = java.util.Arrays.stream(c.values()).min().getAsDouble();
        double max = java.util.Arrays.stream(c.values()).max().getAsDouble();
        assertTrue(avg >= min - 1e-9 && avg <= max + 1e-9);
    }
}
