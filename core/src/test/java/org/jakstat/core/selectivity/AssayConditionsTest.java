package org.jakstat.core.selectivity;

import static org.jakstat.core.selectivity.SelectivityScorerTest.ic50;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.potency.Qualifier;
import org.junit.jupiter.api.Test;

/**
 * Comparability of a compound's measurements: value types and ATP conditions, with Cheng-Prusoff
 * (Ki = IC50 / (1 + [ATP]/Km,ATP); Cheng &amp; Prusoff 1973 Biochem Pharmacol 22:3099) checked on hand-computed
 * cases. The potency package tests the relation itself; these check that the scorer applies it per kinase.
 */
class AssayConditionsTest {

    private static final SelectivityScorer SCORER = new SelectivityScorer(SelectivitySettings.defaults()
        .withReference(ReferenceTarget.fixed("JAK1")));

    private static KinaseMeasurement ic50At(final String kinase, final double nanomolar, final double atpMolar,
        final double kmMolar) {
        return ic50(kinase, nanomolar).withAtpMolar(atpMolar).withKmAtpMolar(kmMolar);
    }

    private static CensoredValue fold(final SelectivityProfile p, final String kinase) {
        return p.foldOverReference(kinase).orElseThrow().fold().orElseThrow();
    }

    @Test
    void ic50sFromDifferentAtpLevelsAreComparedAsKi() {
        // JAK1: IC50 110 nM at [ATP] 1 mM, Km 100 uM: factor 1 + 1000/100 = 11, Ki = 10 nM.
        // JAK2: IC50 60 nM at [ATP] 10 uM, Km 5 uM: factor 1 + 10/5 = 3, Ki = 20 nM.
        // Raw IC50s suggest JAK2 is 1.8-fold more potent; as Ki, JAK1 is 2-fold more potent.
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50At("JAK1", 110, 1e-3, 1e-4),
            ic50At("JAK2", 60, 1e-5, 5e-6)));
        SelectivityProfile p = SCORER.score(c);
        assertEquals(ProfileStatus.SCORED, p.status());
        assertEquals(Optional.of(ValueType.KI), p.comparedAs());
        assertEquals(10.0, p.potency("JAK1").orElseThrow().reported().value(), 1e-12);
        assertEquals(20.0, p.potency("JAK2").orElseThrow().reported().value(), 1e-12);
        assertEquals(2.0, fold(p, "JAK2").value(), 1e-12);
        assertTrue(p.notes().get(0).startsWith("IC50s converted to Ki by Cheng-Prusoff"));
    }

    @Test
    void kmAtpComesFromTheKinaseTableUnlessTheMeasurementStatesIt() {
        // JAK1 Km from the table: 1 mM / 250 uM -> factor 5, Ki = 50 / 5 = 10 nM.
        // JAK2 states its own Km 1 mM (table says 10 uM): factor 2, Ki = 80 / 2 = 40 nM.
        SelectivityScorer scorer = new SelectivityScorer(SelectivitySettings.defaults()
            .withReference(ReferenceTarget.fixed("JAK1")).withKmAtp(Map.of("jak1", 2.5e-4, "JAK2", 1e-5)));
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("JAK1", 50).withAtpMolar(1e-3),
            ic50("JAK2", 80).withAtpMolar(1e-3).withKmAtpMolar(1e-3)));
        SelectivityProfile p = scorer.score(c);
        assertEquals(10.0, p.potency("JAK1").orElseThrow().reported().value(), 1e-12);
        assertEquals(40.0, p.potency("JAK2").orElseThrow().reported().value(), 1e-12);
    }

    @Test
    void chengPrusoffKeepsCensoring() {
        // JAK3 >400 nM at [ATP] = Km: factor 2, Ki > 200 nM; JAK1 5.9 nM at [ATP] = Km: Ki 2.95 nM; fold > 67.8
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50At("JAK1", 5.9, 1e-5, 1e-5),
            ic50("JAK3", ">", 400).withAtpMolar(2e-5).withKmAtpMolar(2e-5)));
        SelectivityProfile p = SCORER.score(c);
        assertEquals(new CensoredValue(200, Qualifier.GREATER), p.potency("JAK3").orElseThrow().reported());
        assertEquals(Qualifier.GREATER, fold(p, "JAK3").qualifier());
        assertEquals(200 / 2.95, fold(p, "JAK3").value(), 1e-12);
    }

    @Test
    void ic50sFromDifferentAtpLevelsWithoutKmAreRefused() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("JAK1", 5).withAtpMolar(1e-3),
            ic50("JAK2", 6).withAtpMolar(1e-5)));
        SelectivityProfile p = SCORER.score(c);
        assertEquals(ProfileStatus.REFUSED, p.status());
        String reason = p.notes().get(p.notes().size() - 1);
        assertTrue(reason.contains("JAK1 at 1 mM, JAK2 at 10 uM"), reason);
        assertTrue(reason.contains("JAK1: Km,ATP not given; JAK2: Km,ATP not given"), reason);
        assertTrue(p.potencies().isEmpty() && p.profileClass().isEmpty());
    }

    @Test
    void partlyStatedAtpIsRefused() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("JAK1", 5).withAtpMolar(1e-3),
            ic50("JAK2", 6)));
        assertEquals(ProfileStatus.REFUSED, SCORER.score(c).status());
    }

    @Test
    void ic50sAtOneStatedAtpLevelAreComparedAsIc50() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("JAK1", 5).withAtpMolar(1e-3),
            ic50("JAK2", 10).withAtpMolar(1e-3)));
        SelectivityProfile p = SCORER.score(c);
        assertEquals(Optional.of(ValueType.IC50), p.comparedAs());
        assertEquals(CensoredValue.exact(2), fold(p, "JAK2"));
        assertTrue(p.notes().contains("all IC50s measured at [ATP] = 1 mM"));
    }

    @Test
    void ic50sWithoutStatedAtpAreComparedWithANote() {
        SelectivityProfile p = SCORER.score(SelectivityScorerTest.baricitinib());
        assertTrue(p.notes().contains("[ATP] not stated for any IC50: compared as if all were measured under the "
            + "same conditions"));
    }

    @Test
    void kdIsNeverMixedWithIc50OrKi() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("JAK1", 5),
            KinaseMeasurement.of("JAK2", 3, PotencyScale.NM, Qualifier.EQUAL, ValueType.KD)));
        SelectivityProfile p = SCORER.score(c);
        assertEquals(ProfileStatus.REFUSED, p.status());
        assertTrue(p.notes().get(0).startsWith("refused: mixes Kd with IC50"));
    }

    @Test
    void ic50MixedWithKiIsRefusedUnlessChengPrusoffCanConvertIt() {
        KinaseMeasurement ki = KinaseMeasurement.of("JAK2", 3, PotencyScale.NM, Qualifier.EQUAL, ValueType.KI);
        assertEquals(ProfileStatus.REFUSED, SCORER.score(new CompoundMeasurements("x", List.of(ic50("JAK1", 5),
            ki))).status());
        // 12 nM at [ATP] = 3 Km: factor 4, Ki = 3 nM, so fold JAK2/JAK1 = 1
        SelectivityProfile p = SCORER.score(new CompoundMeasurements("x", List.of(ic50At("JAK1", 12, 3e-5, 1e-5),
            ki)));
        assertEquals(Optional.of(ValueType.KI), p.comparedAs());
        assertEquals(1.0, fold(p, "JAK2").value(), 1e-12);
    }

    @Test
    void invalidChengPrusoffInputsCountAsMissing() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50At("JAK1", 5, 1e-3, 1e-4),
            ic50At("JAK2", 6, 1e-5, -1)));
        SelectivityProfile p = SCORER.score(c);
        assertEquals(ProfileStatus.REFUSED, p.status());
        assertTrue(p.notes().get(0).contains("JAK2: Km must be > 0"), p.notes().get(0));
    }

    @Test
    void mixedValueTypesOutsideThePanelDoNotMatter() {
        CompoundMeasurements c = new CompoundMeasurements("x", List.of(ic50("JAK1", 5), ic50("JAK2", 10),
            KinaseMeasurement.of("ROCK1", 3, PotencyScale.NM, Qualifier.EQUAL, ValueType.KD)));
        assertEquals(ProfileStatus.SCORED, SCORER.score(c).status());
    }
}
