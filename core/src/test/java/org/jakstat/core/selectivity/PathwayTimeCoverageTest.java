package org.jakstat.core.selectivity;

import static org.jakstat.core.selectivity.PathwayCoverageTest.NM;
import static org.jakstat.core.selectivity.PathwayCoverageTest.jak;
import static org.jakstat.core.selectivity.PathwayCoverageTest.only;
import static org.jakstat.core.selectivity.PathwayCoverageTest.potencies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.jakstat.core.potency.Qualifier;
import org.jakstat.core.timecourse.PiecewiseLinearCurve;
import org.junit.jupiter.api.Test;

/**
 * Coverage over a concentration-time course. The profile (total plasma concentration, nM, at 0, 0.5, 1, 2, 4, 8,
 * 12, 24 h: 0, 60, 90, 70, 45, 22, 11, 2) is sampled unevenly like a PK study. Reference values: hand-computed
 * crossings, closed forms where they exist, and otherwise the integral of the model over the linearly
 * interpolated concentration by mpmath {@code quad} at 30 digits (tanh-sinh quadrature per segment). Tolerance for
 * averages 1e-7 percentage points (the integrator targets 1e-8), for times and IC50s 1e-9 relative.
 */
class PathwayTimeCoverageTest {

    private static final double[] HOURS = {0, 0.5, 1, 2, 4, 8, 12, 24};

    private static final double[] NANOMOLAR = {0, 60, 90, 70, 45, 22, 11, 2};

    private static final DosingInterval DAY = new DosingInterval(0, 24);

    private static final CytokinePathway IL6 = new CytokinePathway("IL-6", List.of("JAK1", "JAK2"), "pSTAT3", "");

    static PiecewiseLinearCurve course() {
        return PiecewiseLinearCurve.of(HOURS, Arrays.stream(NANOMOLAR).map(c -> c * NM).toArray());
    }

    private static PathwayTimeCoverage cover(final PathwayCoverageSettings s, final PathwayPotencies p,
        final PiecewiseLinearCurve course, final DosingInterval interval) {
        List<PathwayTimeCoverage> rows = new PathwayCoverage(s).overTimeCourse(p, course, interval).rows();
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private static double value(final java.util.Optional<CensoredValue> v) {
        return v.orElseThrow().value();
    }

    private static PathwayPotencies cellular(final double ic50Nanomolar, final double hill) {
        return new PathwayPotencies("c", List.of(), List.of(new CellularPathwayIc50("IL-6",
            CensoredValue.exact(ic50Nanomolar * NM), hill, ConcentrationBasis.TOTAL)));
    }

    @Test
    void timeAboveACellularIc50IsHandComputed() {
        // IC50 50 nM: up-crossing at 0.5 * 50/60 = 0.41667 h, down-crossing on [2, 4] at 2 + 2 * 20/25 = 3.6 h:
        // 3.6 - 0.41667 = 3.18333 h
        PathwayTimeCoverage c = cover(only(IL6), cellular(50, 1), course(), DAY);
        assertEquals(3.6 - 0.5 * 50 / 60, value(c.timeAboveIc50()), 1e-12);
        assertEquals(value(c.timeAboveIc50()), value(c.timeAbove50Percent()), 0.0);
        assertEquals(50 * NM, value(c.pathwayIc50TotalMolar()), 1e-21);
    }

    @Test
    void averageInhibitionForHillSlopeOneMatchesTheClosedForm() {
        // per linear segment, int C/(C+K) dt = dt - K dt/dC ln((C1 + K)/(C0 + K)); mpmath: 25.3488700749453667799
        PathwayTimeCoverage c = cover(only(IL6), cellular(50, 1), course(), DAY);
        assertEquals(25.3488700749453667799, value(c.averagePercentInhibition()), 1e-7);
    }

    @Test
    void averageInhibitionForShallowHillSlopeAgainstNumericalReference() {
        // h = 0.5 makes the integrand's slope infinite where the concentration is 0 (t = 0); mpmath quad
        PathwayTimeCoverage c = cover(only(IL6), cellular(50, 0.5), course(), DAY);
        assertEquals(35.0491195965112829559, value(c.averagePercentInhibition()), 1e-7);
        // 50 % inhibition happens at the IC50 for every h, so the time above is the same as for h = 1
        assertEquals(3.6 - 0.5 * 50 / 60, value(c.timeAbove50Percent()), 1e-12);
    }

    @Test
    void il6CoverageOfBaricitinibCombinesJak1AndJak2() {
        // fu = 0.5 (baricitinib ~50 % bound, EU SmPC 5.2); either rule: free IC50 solves
        // C^2 + (K1 + K2) C - K1 K2 = 0, C = (-(K1+K2) + sqrt((K1+K2)^2 + 4 K1 K2)) / 2, total = C / fu
        // = 4.80365812860046166 nM (mpmath); time above it 20.2217586774610473 h; average 73.2958690793543934 %
        PathwayCoverageSettings s = only(IL6).withFractionUnbound(0.5);
        PathwayTimeCoverage c = cover(s, PathwayCoverageTest.baricitinib(), course(), DAY);
        assertEquals(PotencySource.JAK_POTENCIES, c.source());
        assertEquals(4.80365812860046166 * NM, value(c.pathwayIc50TotalMolar()), 1e-9 * 4.8 * NM);
        assertEquals(20.2217586774610473, value(c.timeAboveIc50()), 1e-8);
        assertEquals(value(c.timeAboveIc50()), value(c.timeAbove50Percent()), 0.0);
        assertEquals(73.2958690793543934, value(c.averagePercentInhibition()), 1e-7);
        assertEquals(Qualifier.EQUAL, c.averagePercentInhibition().orElseThrow().qualifier());
    }

    @Test
    void mostPotentJakRuleUsesTheMorePotentJak() {
        // max rule: IC50 = min(K) / fu = 5.7 / 0.5 = 11.4 nM total; crossing down on [8, 12] at
        // 8 + 4 * (22 - 11.4) / 11 = 11.8545 h, up on [0, 0.5] at 0.5 * 11.4 / 60 = 0.095 h; average by mpmath
        PathwayCoverageSettings s = only(IL6).withFractionUnbound(0.5).withRule(
            CombinationRule.MOST_POTENT_JAK_DOMINATES);
        PathwayTimeCoverage c = cover(s, PathwayCoverageTest.baricitinib(), course(), DAY);
        assertEquals(11.4 * NM, value(c.pathwayIc50TotalMolar()), 1e-21);
        assertEquals(8 + 4 * (22 - 11.4) / 11 - 0.5 * 11.4 / 60, value(c.timeAboveIc50()), 1e-12);
        assertEquals(53.3106392318528892, value(c.averagePercentInhibition()), 1e-7);
    }

    @Test
    void censoredJakMakesTimeCoverageBounds() {
        // IL-2 (JAK1 + JAK3 >400 nM), either rule: inhibition and times at most, IC50 at least; average at the
        // limit 53.3581215527023051 % (mpmath)
        PathwayCoverageSettings s = only(PathwayCoverageTest.IL2).withFractionUnbound(0.5);
        PathwayTimeCoverage c = cover(s, PathwayCoverageTest.baricitinib(), course(), DAY);
        assertEquals(Qualifier.LESS_OR_EQUAL, c.averagePercentInhibition().orElseThrow().qualifier());
        assertEquals(53.3581215527023051, value(c.averagePercentInhibition()), 1e-7);
        assertEquals(Qualifier.LESS_OR_EQUAL, c.timeAboveIc50().orElseThrow().qualifier());
        assertEquals(Qualifier.GREATER_OR_EQUAL, c.pathwayIc50TotalMolar().orElseThrow().qualifier());
    }

    @Test
    void summarisesAnySubIntervalOfTheCourse() {
        // [1, 13] h, IL-6 either rule: concentration stays above 4.80 nM, so 12 h; average by mpmath
        PathwayCoverageSettings s = only(IL6).withFractionUnbound(0.5);
        PathwayTimeCoverage c = cover(s, PathwayCoverageTest.baricitinib(), course(), new DosingInterval(1, 13));
        assertEquals(12.0, value(c.timeAbove50Percent()), 1e-12);
        assertEquals(88.8458900633416742, value(c.averagePercentInhibition()), 1e-7);
    }

    @Test
    void inhibitionIsComputedOnTheInterpolatedConcentrationNotInterpolated() {
        // one JAK, IC50 K, concentration rising linearly from 0 to 2K over 1 h.
        // On the interpolated concentration: C >= K from t = 0.5, so 0.5 h above 50 %; average
        // int_0^1 2t/(2t+1) dt = 1 - ln(3)/2 = 45.069 %.
        // Interpolating inhibition (0 % -> 66.7 %) instead would give 0.25 h and 33.3 %.
        CytokinePathway x = new CytokinePathway("X", List.of("JAK1"), "", "");
        PiecewiseLinearCurve ramp = PiecewiseLinearCurve.of(new double[] {0, 1}, new double[] {0, 20 * NM});
        PathwayTimeCoverage c = cover(only(x), potencies(jak("JAK1", 10)), ramp, new DosingInterval(0, 1));
        assertEquals(0.5, value(c.timeAbove50Percent()), 1e-12);
        assertEquals(100 * (1 - Math.log(3) / 2), value(c.averagePercentInhibition()), 1e-7);
    }

    @Test
    void pathwayIc50IsFoundWhenRoundingPutsTheMostPotentJakJustBelowHalf() {
        // regression, a case jqwik found: IL-12 (JAK2 + TYK2), h = 2.85, fu = 0.82. At K(TYK2) / fu the rounded free
        // concentration puts TYK2 a hair below 50 %, and JAK2 adds less than rounding, so the solver's bracket has
        // to step up from there (it used to throw NoBracketingException). The answer is K(TYK2) / fu: JAK2 shifts
        // it by ~1e-16 relative.
        double tyk2 = 2.4961408604699804e-11;
        double fu = 0.822309983229274;
        CytokinePathway il12 = new CytokinePathway("IL-12", List.of("JAK2", "TYK2"), "pSTAT4", "");
        PathwayCoverageSettings s = only(il12).withFractionUnbound(fu).withHillSlope(2.853782049625896);
        PathwayPotencies p = new PathwayPotencies("c", List.of(new JakPotency("JAK2", CensoredValue.exact(
            7.375314171622579e-6)), new JakPotency("TYK2", CensoredValue.exact(tyk2))), List.of());
        PathwayTimeCoverage c = cover(s, p, PiecewiseLinearCurve.of(new double[] {0, 1}, new double[] {0, 1e-6}),
            new DosingInterval(0, 1));
        assertEquals(tyk2 / fu, value(c.pathwayIc50TotalMolar()), 1e-12 * tyk2 / fu);
    }

    @Test
    void intervalOutsideTheSamplesIsReportedNotExtrapolated() {
        PathwayTimeCoverage c = cover(only(IL6), cellular(50, 1), course(), new DosingInterval(0, 48));
        assertTrue(c.averagePercentInhibition().isEmpty() && c.timeAboveIc50().isEmpty());
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("not extrapolated")));
        assertTrue(new PathwayCoverage(only(IL6)).overTimeCourse(cellular(50, 1), course(), new DosingInterval(0, 48))
            .notes().stream().anyMatch(n -> n.contains("not extrapolated")));
    }

    @Test
    void negativeConcentrationsAreReported() {
        PiecewiseLinearCurve bad = PiecewiseLinearCurve.of(new double[] {0, 1}, new double[] {-1 * NM, 5 * NM});
        PathwayTimeCoverage c = cover(only(IL6), cellular(50, 1), bad, new DosingInterval(0, 1));
        assertTrue(c.averagePercentInhibition().isEmpty());
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("negative concentration")));
    }
}
