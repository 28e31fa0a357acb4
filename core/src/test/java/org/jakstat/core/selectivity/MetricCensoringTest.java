package org.jakstat.core.selectivity;

import static org.jakstat.core.selectivity.SelectivityScorerTest.ic50;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jakstat.core.potency.Qualifier;
import org.junit.jupiter.api.Test;

/**
 * When censored potencies make a metric a bound, and when they leave it undetermined (the conditions are derived
 * in each metric's Javadoc; {@code SelectivityPropertyTest} checks the bounds against random true values).
 */
class MetricCensoringTest {

    private static SelectivityProfile score(final KinaseMeasurement... measurements) {
        return new SelectivityScorer(SelectivitySettings.defaults().withReference(ReferenceTarget.fixed("JAK1")))
            .score(new CompoundMeasurements("x", List.of(measurements)));
    }

    private static Qualifier qualifierOf(final SelectivityMetric m) {
        return m.value().orElseThrow().qualifier();
    }

    @Test
    void uncensoredPanelsGiveExactMetrics() {
        SelectivityProfile p = score(ic50("JAK1", 1), ic50("JAK2", 10), ic50("JAK3", 100), ic50("TYK2", 1000));
        assertEquals(Qualifier.EQUAL, qualifierOf(p.entropy()));
        assertEquals(Qualifier.EQUAL, qualifierOf(p.partitionIndex()));
        assertEquals(Qualifier.EQUAL, qualifierOf(p.gini()));
        assertEquals(Qualifier.EQUAL, qualifierOf(p.selectivityScore()));
    }

    @Test
    void panelOfLowerBoundsOnlyHasUndeterminedEntropyAndGini() {
        SelectivityProfile p = score(ic50("JAK1", ">", 10000), ic50("JAK2", ">", 10000), ic50("JAK3", ">", 5000));
        assertFalse(p.entropy().isDetermined());
        assertTrue(p.entropy().notes().get(0).contains("not known to bound it"));
        assertFalse(p.gini().isDetermined());
        assertFalse(p.partitionIndex().isDetermined());
    }

    @Test
    void weakReferenceGivesAnUpperBoundOnItsPartitionIndex() {
        // JAK1 could be weaker than 100 nM, taking a smaller share
        SelectivityProfile p = score(ic50("JAK1", ">", 100), ic50("JAK2", 10), ic50("JAK3", 50));
        assertEquals(Qualifier.LESS_OR_EQUAL, qualifierOf(p.partitionIndex()));
        // (1/100) / (1/100 + 1/10 + 1/50) = 1/13
        assertEquals(1.0 / 13, p.partitionIndex().value().orElseThrow().value(), 1e-15);
    }

    @Test
    void censoringThatPushesThePartitionIndexBothWaysLeavesItUndetermined() {
        SelectivityProfile p = score(ic50("JAK1", ">", 100), ic50("JAK2", ">", 1000), ic50("JAK3", 50));
        assertFalse(p.partitionIndex().isDetermined());
    }

    @Test
    void potentCensoredReferenceGivesAnUpperBoundOnEntropyAndLowerBoundsOnGiniAndPartitionIndex() {
        SelectivityProfile p = score(ic50("JAK1", "<", 1), ic50("JAK2", 100), ic50("JAK3", 300), ic50("TYK2", 50));
        assertEquals(Qualifier.LESS_OR_EQUAL, qualifierOf(p.entropy()));
        assertEquals(Qualifier.GREATER_OR_EQUAL, qualifierOf(p.gini()));
        assertEquals(Qualifier.GREATER_OR_EQUAL, qualifierOf(p.partitionIndex()));
    }

    @Test
    void aCensoredKinaseThatCouldDominateLeavesEntropyUndetermined() {
        // JAK2 '>1 nM' could be anywhere from irrelevant to 100-fold more potent than the rest
        SelectivityProfile p = score(ic50("JAK1", 100), ic50("JAK2", ">", 1), ic50("JAK3", 100), ic50("TYK2", 100));
        assertFalse(p.entropy().isDetermined());
        assertFalse(p.gini().isDetermined());
    }

    @Test
    void twoPotentCensoredKinasesLeaveEntropyUndetermined() {
        SelectivityProfile p = score(ic50("JAK1", "<", 1), ic50("JAK2", "<", 1), ic50("JAK3", 100));
        assertFalse(p.entropy().isDetermined());
    }

    @Test
    void sOfXIsExactWhenEveryBoundIsOnOneSideOfX() {
        // x = 3 uM: '>10 uM' is certainly not a hit and '<1 nM' certainly is
        SelectivityProfile p = score(ic50("JAK1", "<", 1), ic50("JAK2", ">", 10000), ic50("JAK3", 100));
        assertEquals(CensoredValue.exact(2.0 / 3), p.selectivityScore().value().orElseThrow());
    }

    @Test
    void boundExactlyAtXIsClassifiedByItsStrictness() {
        SelectivityProfile p = score(ic50("JAK1", 10), ic50("JAK2", "<", 3000), ic50("JAK3", "<=", 3000),
            ic50("TYK2", ">=", 3000));
        // '<3 uM' is a hit, '<=3 uM' may equal x (not below), '>=3 uM' is not a hit
        assertEquals(new CensoredValue(0.5, Qualifier.GREATER_OR_EQUAL), p.selectivityScore().value()
            .orElseThrow());
    }
}
