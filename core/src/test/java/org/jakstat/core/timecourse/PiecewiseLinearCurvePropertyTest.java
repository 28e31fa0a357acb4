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

    @Provide
    Arbitrary<PiecewiseLinearCurve> eitherMethod() {
        return Combinators.combine(curves(), Arbitraries.of(AuecMethod.class))
            .as((c, m) -> PiecewiseLinearCurve.of(c.times(), c.values(), m));
    }

    @Property
    void areaAboveMinusAreaBelowIsTheIntegralRelativeToTheLevel(@ForAll("eitherMethod") final PiecewiseLinearCurve c,
        @ForAll @DoubleRange(min = -120, max = 120) final double level) {
        double span = c.end() - c.start();
        double net = c.areaAbove(level, c.start(), c.end()) - c.areaBelow(level, c.start(), c.end());
        double expected = c.integral(c.start(), c.end()) - level * span;
        assertEquals(expected, net, 1e-9 * (1 + Math.abs(c.integral(c.start(), c.end())) + Math.abs(level) * span));
        assertTrue(c.areaAbove(level, c.start(), c.end()) >= 0 && c.areaBelow(level, c.start(), c.end()) >= 0);
    }

    @Property
    void timeAtOrAboveAndAtOrBelowCoverTheInterval(@ForAll("eitherMethod") final PiecewiseLinearCurve c,
        @ForAll @DoubleRange(min = -120, max = 120) final double level) {
        double span = c.end() - c.start();
        double both = c.timeAtOrAbove(level, c.start(), c.end()) + c.timeAtOrBelow(level, c.start(), c.end());
        assertTrue(both >= span - 1e-9 * span, both + " < " + span);
    }

    @Property
    void logDownNeverExceedsTheLinearArea(@ForAll("curves") final PiecewiseLinearCurve c) {
        // an exponential through two points lies under their chord (it is convex)
        PiecewiseLinearCurve log = PiecewiseLinearCurve.of(c.times(), c.values(), AuecMethod.LINEAR_UP_LOG_DOWN);
        double linear = c.integral(c.start(), c.end());
        assertTrue(log.integral(c.start(), c.end()) <= linear + 1e-9 * (1 + Math.abs(linear)));
    }

    @Property
    void theFirstTimeAtOrAboveIsWhereTheCurveFirstReachesTheLevel(@ForAll("eitherMethod") final PiecewiseLinearCurve c,
        @ForAll @DoubleRange(min = -120, max = 120) final double level) {
        double max = java.util.Arrays.stream(c.values()).max().getAsDouble();
        java.util.OptionalDouble first = c.firstTimeAtOrAbove(level, c.start());
        assertEquals(max >= level, first.isPresent());
        if (first.isPresent()) {
            double t = first.getAsDouble();
            assertTrue(c.valueAt(t) >= level - 1e-9 * (1 + Math.abs(level)), "value at the first time");
            double[] times = c.times();
            double[] values = c.values();
            for (int i = 0; i < times.length && times[i] < t; i++) {
                assertTrue(values[i] < level, "sample " + i + " before the first time is already at the level");
            }
        }
    }
}
