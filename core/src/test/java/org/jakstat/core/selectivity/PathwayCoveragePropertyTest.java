package org.jakstat.core.selectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.core.potency.Qualifier;
import org.jakstat.core.timecourse.PiecewiseLinearCurve;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Invariants of pathway coverage over random JAK potencies and random uneven concentration-time courses (jqwik).
 * Kept apart from the JUnit Jupiter tests: surefire writes one report per class, so a class run by two engines
 * would be counted once.
 */
class PathwayCoveragePropertyTest {

    private static final List<String> JAKS = List.of("JAK1", "JAK2", "JAK3", "TYK2");

    @Provide
    Arbitrary<PathwayPotencies> potencies() {
        return Combinators.combine(Arbitraries.doubles().between(-11, -5).list().ofSize(4),
            Arbitraries.of(Qualifier.class).list().ofSize(4)).as((logs, qualifiers) -> {
                List<JakPotency> jaks = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    jaks.add(new JakPotency(JAKS.get(i), new CensoredValue(Math.pow(10, logs.get(i)),
                        qualifiers.get(i))));
                }
                return new PathwayPotencies("c", jaks, List.of());
            });
    }

    @Provide
    Arbitrary<PiecewiseLinearCurve> courses() {
        return Combinators.combine(Arbitraries.doubles().between(0.05, 6).list().ofMinSize(1).ofMaxSize(12),
            Arbitraries.doubles().between(-11, -5).list().ofSize(13),
            Arbitraries.integers().between(0, 12)).as((steps, logs, zeroAt) -> {
                double[] t = new double[steps.size() + 1];
                double[] c = new double[steps.size() + 1];
                for (int i = 0; i < t.length; i++) {
                    t[i] = i == 0 ? 0 : t[i - 1] + steps.get(i - 1);
                    c[i] = i == zeroAt ? 0 : Math.pow(10, logs.get(i));
                }
                return PiecewiseLinearCurve.of(t, c);
            });
    }

    private static List<PathwayTimeCoverage> cover(final PathwayCoverageSettings s, final PathwayPotencies p,
        final PiecewiseLinearCurve course) {
        return new PathwayCoverage(s).overTimeCourse(p, course, new DosingInterval(course.start(), course.end()))
            .rows();
    }

    @Property(tries = 300)
    void coverageStaysInRangeAndBothTimesAgree(@ForAll("potencies") final PathwayPotencies p,
        @ForAll("courses") final PiecewiseLinearCurve course,
        @ForAll @DoubleRange(min = 0.3, max = 3) final double hill,
        @ForAll @DoubleRange(min = 0.01, max = 1) final double fu, @ForAll final CombinationRule rule) {
        PathwayCoverageSettings s = PathwayCoverageSettings.defaults().withHillSlope(hill).withFractionUnbound(fu)
            .withRule(rule);
        double length = course.end() - course.start();
        for (PathwayTimeCoverage c : cover(s, p, course)) {
            c.averagePercentInhibition().ifPresent(v -> assertTrue(v.value() >= 0 && v.value() <= 100, c + ""));
            c.timeAbove50Percent().ifPresent(v -> assertTrue(v.value() >= 0 && v.value() <= length + 1e-9));
            assertEquals(c.timeAbove50Percent(), c.timeAboveIc50());
            c.pathwayIc50TotalMolar().ifPresent(v -> assertTrue(v.value() > 0));
        }
    }

    @Property(tries = 300)
    void eitherJakBlocksNeverPredictsLessThanTheMostPotentJak(@ForAll("potencies") final PathwayPotencies p,
        @ForAll("courses") final PiecewiseLinearCurve course) {
        List<PathwayTimeCoverage> either = cover(PathwayCoverageSettings.defaults(), p, course);
        List<PathwayTimeCoverage> max = cover(PathwayCoverageSettings.defaults()
            .withRule(CombinationRule.MOST_POTENT_JAK_DOMINATES), p, course);
        for (int i = 0; i < either.size(); i++) {
            var a = either.get(i).averagePercentInhibition();
            var b = max.get(i).averagePercentInhibition();
            if (a.isPresent() && b.isPresent()) {
                // both computed at the censoring limits, where the inequality holds exactly
                assertTrue(a.get().value() >= b.get().value() - 1e-7, a + " < " + b);
            }
        }
    }

    @Property(tries = 300)
    void moreFreeDrugNeverInhibitsLess(@ForAll("potencies") final PathwayPotencies p,
        @ForAll @DoubleRange(min = -11, max = -5) final double log10Total,
        @ForAll @DoubleRange(min = 0.01, max = 0.5) final double fu) {
        List<NamedConcentration> c = List.of(new NamedConcentration("C", Math.pow(10, log10Total)));
        List<PathwayInhibition> low = new PathwayCoverage(PathwayCoverageSettings.defaults().withFractionUnbound(fu))
            .atConcentrations(p, c).rows();
        List<PathwayInhibition> high = new PathwayCoverage(PathwayCoverageSettings.defaults()
            .withFractionUnbound(2 * fu)).atConcentrations(p, c).rows();
        for (int i = 0; i < low.size(); i++) {
            var a = low.get(i).percentInhibition();
            var b = high.get(i).percentInhibition();
            if (a.isPresent() && b.isPresent()) {
                assertTrue(b.get().value() >= a.get().value() - 1e-12);
            }
        }
    }
}
