package org.jakstat.core.selectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.potency.Qualifier;
import org.junit.jupiter.api.Test;

class SelectivityScorerTest {

    static KinaseMeasurement ic50(final String kinase, final double nanomolar) {
        return KinaseMeasurement.of(kinase, nanomolar, PotencyScale.NM, Qualifier.EQUAL, ValueType.IC50);
    }

    static KinaseMeasurement ic50(final String kinase, final String qualifier, final double nanomolar) {
        return KinaseMeasurement.of(kinase, nanomolar, PotencyScale.NM, Qualifier.parse(qualifier).orElseThrow(),
            ValueType.IC50);
    }

    /** Baricitinib enzyme IC50s, EU SmPC (Olumiant) section 5.1; Fridman et al. 2010 J Immunol 184:5298. */
    static CompoundMeasurements baricitinib() {
        return new CompoundMeasurements("baricitinib", List.of(ic50("JAK1", 5.9), ic50("JAK2", 5.7),
            ic50("TYK2", 53), ic50("JAK3", ">", 400)));
    }

    private static SelectivityScorer jak1Reference() {
        return new SelectivityScorer(SelectivitySettings.defaults().withReference(ReferenceTarget.fixed("JAK1")));
    }

    private static CensoredValue fold(final SelectivityProfile p, final String kinase) {
        return p.foldOverReference(kinase).orElseThrow().fold().orElseThrow();
    }

    @Test
    void baricitinibLabelPanelGivesTheLabelFoldsOverJak1() {
        SelectivityProfile p = jak1Reference().score(baricitinib());
        assertEquals(ProfileStatus.SCORED, p.status());
        assertEquals(Optional.of("JAK1"), p.reference());
        // 5.7 / 5.9 = 0.966, 53 / 5.9 = 8.98, >400 / 5.9 = >67.8 (exact ratios, 1e-12)
        assertEquals(new CensoredValue(5.7 / 5.9, Qualifier.EQUAL), fold(p, "JAK2"));
        assertEquals(0.97, fold(p, "JAK2").value(), 0.005);
        assertEquals(9.0, fold(p, "TYK2").value(), 0.05);
        assertEquals(Qualifier.GREATER, fold(p, "JAK3").qualifier());
        assertEquals(67.8, fold(p, "JAK3").value(), 0.05);
        assertEquals(CensoredValue.exact(1), fold(p, "JAK1"));
    }

    @Test
    void baricitinibProfileNamesJak1AndJak2AsCoPrimary() {
        SelectivityProfile p = jak1Reference().score(baricitinib());
        assertEquals(List.of("JAK1", "JAK2"), p.coPrimary());
        assertEquals("JAK1/JAK2-selective: ~1x JAK2, 9.0x TYK2, >68x JAK3", p.profileClass());
    }

    @Test
    void baricitinibPotenciesInNanomolarAndPic50KeepTheirQualifiers() {
        SelectivityProfile p = jak1Reference().score(baricitinib());
        KinasePotency jak3 = p.potency("JAK3").orElseThrow();
        assertEquals(new CensoredValue(400, Qualifier.GREATER), jak3.reported());
        // pIC50 = 9 - log10(400) = 6.39794000867203760957 (30-digit decimal); '>' IC50 is '<' pIC50
        assertEquals(Qualifier.LESS, jak3.pX().qualifier());
        assertEquals(6.39794000867203760957, jak3.pX().value(), 1e-14);
        assertEquals(8.22914798835785580974, p.potency("JAK1").orElseThrow().pX().value(), 1e-14);
        assertEquals(Optional.of(ValueType.IC50), p.comparedAs());
        assertEquals(List.of("JAK1", "JAK2", "JAK3", "TYK2"), p.potencies().stream().map(KinasePotency::kinase)
            .toList());
    }

    @Test
    void baricitinibMetricsAreBoundsBecauseJak3IsCensored() {
        SelectivityProfile p = jak1Reference().score(baricitinib());
        // 30-digit mpmath values of the formulas with JAK3 at its limit of 400 nM
        assertEquals(new CensoredValue(0.895986532992253465, Qualifier.LESS_OR_EQUAL).qualifier(),
            p.entropy().value().orElseThrow().qualifier());
        assertEquals(0.895986532992253465, p.entropy().value().orElseThrow().value(), 1e-14);
        assertEquals(Qualifier.GREATER_OR_EQUAL, p.partitionIndex().value().orElseThrow().qualifier());
        assertEquals(0.462714794876701096, p.partitionIndex().value().orElseThrow().value(), 1e-14);
        assertEquals(Qualifier.GREATER_OR_EQUAL, p.gini().value().orElseThrow().qualifier());
        assertEquals(0.456895277540614960, p.gini().value().orElseThrow().value(), 1e-14);
        // S(3 uM): JAK1, JAK2, TYK2 certainly below 3 uM; JAK3 >400 nM may or may not be
        assertEquals(new CensoredValue(0.75, Qualifier.GREATER_OR_EQUAL), p.selectivityScore().value()
            .orElseThrow());
        assertTrue(p.selectivityScore().notes().stream().anyMatch(n -> n.contains("at most 1")));
        assertTrue(p.entropy().notes().get(0).startsWith("upper bound"));
    }

    @Test
    void percentInhibitionGiniFollowsGraczykAtTheTestConcentration() {
        SelectivitySettings s = SelectivitySettings.defaults().withGini(GiniBasis.PERCENT_INHIBITION, 1e-6);
        SelectivityProfile p = new SelectivityScorer(s).score(baricitinib());
        // % inhibition at 1 uM: 100 * 1000 / (1000 + IC50[nM]); Gini of those (mpmath, JAK3 at 400 nM)
        assertEquals(0.0605493553259945638, p.gini().value().orElseThrow().value(), 1e-14);
        assertTrue(p.gini().notes().get(0).contains("Graczyk"));
    }

    @Test
    void mostPotentReferenceIsJak2ForBaricitinib() {
        SelectivityProfile p = new SelectivityScorer(SelectivitySettings.defaults()).score(baricitinib());
        assertEquals(Optional.of("JAK2"), p.reference());
        assertEquals(List.of("JAK2", "JAK1"), p.coPrimary());
        assertEquals("JAK2/JAK1-selective: ~1x JAK1, 9.3x TYK2, >70x JAK3", p.profileClass());
    }

    @Test
    void pairwiseMatrixHoldsEveryOrderedPairWithCensoring() {
        SelectivityProfile p = jak1Reference().score(baricitinib());
        assertEquals(12, p.pairwiseFolds().size());
        FoldSelectivity jak1OverJak3 = p.pairwiseFolds().stream().filter(f -> f.kinase().equals("JAK1")
            && f.over().equals("JAK3")).findFirst().orElseThrow();
        // 5.9 over >400: the fold is below 5.9/400
        assertEquals(new CensoredValue(5.9 / 400, Qualifier.LESS), jak1OverJak3.fold().orElseThrow());
    }

    @Test
    void twoLowerBoundsGiveAnUndeterminedFoldWithAReason() {
        CompoundMeasurements c = new CompoundMeasurements("inactive-ish", List.of(ic50("JAK1", 3),
            ic50("JAK2", ">", 1000), ic50("JAK3", ">", 10000)));
        SelectivityProfile p = new SelectivityScorer(SelectivitySettings.defaults()).score(c);
        FoldSelectivity f = p.pairwiseFolds().stream().filter(x -> x.kinase().equals("JAK3")
            && x.over().equals("JAK2")).findFirst().orElseThrow();
        assertTrue(f.fold().isEmpty());
        assertTrue(f.reason().orElseThrow().contains("JAK3 >10 uM over JAK2 >1 uM"));
    }

    @Test
    void kinasesOutsideThePanelAreLeftOutAndNamed() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("JAK1", 5.9), ic50("jak2", 5.7),
            ic50("ROCK1", 2), ic50("TYK2", 53), ic50("JAK3", ">", 400)));
        SelectivityProfile p = jak1Reference().score(c);
        assertEquals("JAK1/JAK2-selective: ~1x JAK2, 9.0x TYK2, >68x JAK3", p.profileClass());
        assertTrue(p.notes().contains("measured but not in the kinase panel, so left out: ROCK1"));
    }

    @Test
    void unmeasuredPanelKinasesAreMissingAndTheMetricsUseTheRest() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("JAK1", 1), ic50("JAK2", 1)));
        SelectivityProfile p = jak1Reference().score(c);
        assertEquals(List.of("JAK3", "TYK2"), p.missingKinases());
        assertEquals(CensoredValue.exact(Math.log(2)).qualifier(), p.entropy().value().orElseThrow().qualifier());
        assertEquals(Math.log(2), p.entropy().value().orElseThrow().value(), 1e-12);
        assertEquals("Non-selective (all 2 within 3x): ~1x JAK2", p.profileClass());
    }

    @Test
    void anyPanelOfAnySizeWorks() {
        List<String> panel = List.of("ABL1", "SRC", "LCK", "EGFR", "KDR", "AURKA");
        SelectivitySettings s = SelectivitySettings.defaults().withPanel(panel)
            .withReference(ReferenceTarget.fixed("ABL1"));
        CompoundMeasurements c = new CompoundMeasurements("imatinib-like", List.of(
            KinaseMeasurement.of("ABL1", 1, PotencyScale.NM, Qualifier.EQUAL, ValueType.KD),
            KinaseMeasurement.of("SRC", 1000, PotencyScale.NM, Qualifier.EQUAL, ValueType.KD),
            KinaseMeasurement.of("LCK", 100, PotencyScale.NM, Qualifier.EQUAL, ValueType.KD),
            KinaseMeasurement.of("EGFR", 10, PotencyScale.UM, Qualifier.GREATER, ValueType.KD),
            KinaseMeasurement.of("KDR", 5, PotencyScale.P_X, Qualifier.LESS, ValueType.KD),
            KinaseMeasurement.of("AURKA", 3, PotencyScale.UM, Qualifier.EQUAL, ValueType.KD)));
        SelectivityProfile p = new SelectivityScorer(s).score(c);
        assertEquals(ProfileStatus.SCORED, p.status());
        assertEquals(6, p.potencies().size());
        assertEquals("ABL1-selective: 100x LCK, 1000x SRC, 3000x AURKA, >10000x EGFR, >10000x KDR",
            p.profileClass());
        // S(3 uM) with Kd: ABL1, SRC, LCK below; AURKA = 3 uM is not below; EGFR, KDR >= 10 uM
        assertEquals(CensoredValue.exact(0.5), p.selectivityScore().value().orElseThrow());
        assertEquals(30, p.pairwiseFolds().size());
    }

    @Test
    void fixedReferenceWithoutPotencyLeavesFoldsAndPartitionIndexUndetermined() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("JAK2", 4), ic50("JAK3", 40)));
        SelectivityProfile p = jak1Reference().score(c);
        assertTrue(p.reference().isEmpty());
        assertTrue(p.foldsOverReference().isEmpty());
        assertFalse(p.partitionIndex().isDetermined());
        assertEquals("JAK2-selective (no potency for reference JAK1)", p.profileClass());
        assertTrue(p.entropy().isDetermined());
    }

    @Test
    void badValuesAndBlankKinasesAreNotedNeverThrown() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("JAK1", Double.NaN), ic50("JAK2", -3),
            ic50(" ", 5), ic50("JAK3", 10)));
        SelectivityProfile p = new SelectivityScorer(SelectivitySettings.defaults()).score(c);
        assertEquals(ProfileStatus.SCORED, p.status());
        assertTrue(p.notes().contains("JAK1: missing value; measurement not used"));
        assertTrue(p.notes().stream().anyMatch(n -> n.startsWith("JAK2: concentration must be > 0")));
        assertTrue(p.notes().contains("a measurement without a kinase name was not used"));
        assertEquals("JAK3 only", p.profileClass());
    }

    @Test
    void compoundWithoutUsableDataIsReportedNotScored() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("ROCK1", 5)));
        SelectivityProfile p = new SelectivityScorer(SelectivitySettings.defaults()).score(c);
        assertEquals(ProfileStatus.NO_USABLE_DATA, p.status());
        assertEquals(SelectivitySettings.JAK_PANEL, p.missingKinases());
        assertFalse(p.entropy().isDetermined());
        assertTrue(new SelectivityScorer(SelectivitySettings.defaults())
            .score(new CompoundMeasurements("empty", List.of())).status() == ProfileStatus.NO_USABLE_DATA);
    }

    @Test
    void replicatesArePooledByGeometricMeanWithANote() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("JAK1", 10), ic50("JAK1", 40),
            ic50("JAK1", ">", 1000), ic50("JAK2", 100)));
        SelectivityProfile p = new SelectivityScorer(SelectivitySettings.defaults()).score(c);
        KinasePotency jak1 = p.potency("JAK1").orElseThrow();
        assertEquals(20.0, jak1.reported().value(), 1e-12);
        assertEquals(3, jak1.measurementCount());
        assertTrue(p.notes().stream().anyMatch(n -> n.startsWith("JAK1: 3 values") && n.contains("geometric mean")
            && n.contains("1 censored value(s) set aside, and some contradict the mean")));
    }

    @Test
    void censoredOnlyReplicatesPoolToTheTightestBoundOrAreLeftOut() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("JAK1", 2), ic50("JAK2", ">", 100),
            ic50("JAK2", ">=", 1000), ic50("JAK3", "<", 10), ic50("JAK3", "<", 5), ic50("TYK2", ">", 10),
            ic50("TYK2", "<", 100)));
        SelectivityProfile p = new SelectivityScorer(SelectivitySettings.defaults()).score(c);
        assertEquals(new CensoredValue(1000, Qualifier.GREATER_OR_EQUAL), p.potency("JAK2").orElseThrow()
            .reported());
        assertEquals(new CensoredValue(5, Qualifier.LESS), p.potency("JAK3").orElseThrow().reported());
        assertTrue(p.potency("TYK2").isEmpty());
        assertEquals(List.of("TYK2"), p.missingKinases());
        assertTrue(p.notes().stream().anyMatch(n -> n.startsWith("TYK2: censored values in both directions")));
    }

    @Test
    void outputUnitChangesPotenciesButNotFolds() {
        SelectivitySettings um = SelectivitySettings.defaults().withReference(ReferenceTarget.fixed("JAK1"))
            .withOutputScale(PotencyScale.UM);
        SelectivityProfile p = new SelectivityScorer(um).score(baricitinib());
        assertEquals(new CensoredValue(0.4, Qualifier.GREATER), p.potency("JAK3").orElseThrow().reported());
        assertEquals(fold(jak1Reference().score(baricitinib()), "JAK3"), fold(p, "JAK3"));
    }

    @Test
    void foldsInTheProfileTextAreRoundedByTheirSize() {
        assertEquals("~1x", ProfileDescription.foldText(CensoredValue.exact(1.2)));
        assertEquals("0.79x", ProfileDescription.foldText(CensoredValue.exact(0.79)));
        assertEquals(">1.0x", ProfileDescription.foldText(new CensoredValue(0.996, Qualifier.GREATER)));
        assertEquals("9.0x", ProfileDescription.foldText(CensoredValue.exact(8.983)));
        assertEquals("10x", ProfileDescription.foldText(CensoredValue.exact(9.96)));
        assertEquals(">68x", ProfileDescription.foldText(new CensoredValue(67.8, Qualifier.GREATER)));
        assertEquals("<=0.033x", ProfileDescription.foldText(new CensoredValue(0.0333, Qualifier.LESS_OR_EQUAL)));
        assertEquals("~2.5x", ProfileDescription.foldText(new CensoredValue(2.5, Qualifier.APPROXIMATE)));
    }

    @Test
    void mostPotentNotesKinasesThatCouldBeMorePotent() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("JAK1", 5), ic50("JAK2", "<", 50),
            ic50("JAK3", ">", 1)));
        SelectivityProfile p = new SelectivityScorer(SelectivitySettings.defaults()).score(c);
        assertEquals(Optional.of("JAK1"), p.reference());
        assertTrue(p.notes().contains("JAK2 (<50 nM) could be more potent than JAK1 (=5 nM)"));
        assertTrue(p.notes().contains("JAK3 (>1 nM) could be more potent than JAK1 (=5 nM)"));
    }

    @Test
    void allPotenciesCensoredAboveGiveAnUndeterminedProfile() {
        CompoundMeasurements c = new CompoundMeasurements("inactive", List.of(ic50("JAK1", ">", 10000),
            ic50("JAK2", ">", 10000), ic50("JAK3", ">", 10000), ic50("TYK2", ">", 10000)));
        SelectivityProfile p = new SelectivityScorer(SelectivitySettings.defaults()).score(c);
        assertTrue(p.profileClass().startsWith("Undetermined (most potent kinase JAK1 is censored >10 uM)"));
        assertFalse(p.entropy().isDetermined());
        assertEquals(CensoredValue.exact(0), p.selectivityScore().value().orElseThrow());
    }
}
