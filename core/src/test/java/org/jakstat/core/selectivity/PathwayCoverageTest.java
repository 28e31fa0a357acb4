package org.jakstat.core.selectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jakstat.core.potency.Qualifier;
import org.junit.jupiter.api.Test;

/** Pathway inhibition at fixed concentrations: analytic cases of the Hill model and both combination rules. */
class PathwayCoverageTest {

    static final double NM = 1e-9;

    static JakPotency jak(final String name, final double nanomolar) {
        return new JakPotency(name, CensoredValue.exact(nanomolar * NM));
    }

    static PathwayPotencies potencies(final JakPotency... jaks) {
        return new PathwayPotencies("c", List.of(jaks), List.of());
    }

    /** Baricitinib enzyme IC50s (EU SmPC 5.1), JAK3 censored '&gt;400 nM'. */
    static PathwayPotencies baricitinib() {
        return potencies(jak("JAK1", 5.9), jak("JAK2", 5.7), jak("TYK2", 53),
            new JakPotency("JAK3", new CensoredValue(400 * NM, Qualifier.GREATER)));
    }

    static PathwayCoverageSettings only(final CytokinePathway... pathways) {
        return PathwayCoverageSettings.defaults().withPathways(List.of(pathways));
    }

    static final CytokinePathway IL2 = new CytokinePathway("IL-2", List.of("JAK1", "JAK3"), "pSTAT5", "");

    static final CytokinePathway GM_CSF = new CytokinePathway("GM-CSF", List.of("JAK2", "JAK2"), "pSTAT5", "");

    private static CensoredValue percentAt(final PathwayCoverageSettings s, final PathwayPotencies p,
        final double totalNanomolar) {
        List<PathwayInhibition> rows = new PathwayCoverage(s).atConcentrations(p,
            List.of(new NamedConcentration("C", totalNanomolar * NM))).rows();
        assertEquals(1, rows.size());
        return rows.get(0).percentInhibition().orElseThrow();
    }

    @Test
    void concentrationAtTheIc50GivesHalfInhibitionForHillSlopeOne() {
        // one JAK, f = C / (C + IC50): C = IC50 gives exactly 50 % under either rule
        CytokinePathway jak1Only = new CytokinePathway("X", List.of("JAK1"), "", "");
        for (CombinationRule rule : CombinationRule.values()) {
            assertEquals(50.0, percentAt(only(jak1Only).withRule(rule), potencies(jak("JAK1", 10)), 10).value(),
                1e-12);
        }
    }

    @Test
    void twoEquallyInhibitedJaksGive75PercentIfEitherBlocksAnd50IfTheMostPotentDominates() {
        // f1 = f3 = 0.5: 1 - 0.5 * 0.5 = 0.75; max = 0.5
        PathwayPotencies p = potencies(jak("JAK1", 10), jak("JAK3", 10));
        assertEquals(75.0, percentAt(only(IL2), p, 10).value(), 1e-12);
        assertEquals(50.0, percentAt(only(IL2).withRule(CombinationRule.MOST_POTENT_JAK_DOMINATES), p, 10).value(),
            1e-12);
    }

    @Test
    void homodimerCountsItsJakTwiceIfEitherBlocksAndOnceIfTheMostPotentDominates() {
        PathwayPotencies p = potencies(jak("JAK2", 20));
        // f = 10 / 30 = 1/3: 1 - (2/3)^2 = 5/9 vs 1/3
        assertEquals(500.0 / 9, percentAt(only(GM_CSF), p, 10).value(), 1e-12);
        assertEquals(100.0 / 3, percentAt(only(GM_CSF).withRule(CombinationRule.MOST_POTENT_JAK_DOMINATES), p, 10)
            .value(), 1e-12);
    }

    @Test
    void hillSlopeSharpensTheCurve() {
        // h = 2: at C = 2 IC50, 4 / (4 + 1) = 80 %; at C = IC50 still 50 %
        CytokinePathway x = new CytokinePathway("X", List.of("JAK1"), "", "");
        PathwayCoverageSettings s = only(x).withHillSlope(2);
        assertEquals(80.0, percentAt(s, potencies(jak("JAK1", 10)), 20).value(), 1e-12);
        assertEquals(50.0, percentAt(s, potencies(jak("JAK1", 10)), 10).value(), 1e-12);
    }

    @Test
    void enzymePotenciesMeetTheFreeConcentration() {
        // fu = 0.5: a total of 20 nM is 10 nM free, the IC50
        CytokinePathway x = new CytokinePathway("X", List.of("JAK1"), "", "");
        PathwayCoverageSettings s = only(x).withFractionUnbound(0.5);
        List<PathwayInhibition> rows = new PathwayCoverage(s).atConcentrations(potencies(jak("JAK1", 10)),
            List.of(new NamedConcentration("Cmax", 20 * NM))).rows();
        assertEquals(50.0, rows.get(0).percentInhibition().orElseThrow().value(), 1e-12);
        assertEquals(10 * NM, rows.get(0).freeMolar(), 1e-24);
    }

    @Test
    void measuredCellularIc50TakesPrecedenceAndKeepsItsConcentrationBasis() {
        PathwayCoverageSettings s = only(IL2).withFractionUnbound(0.5);
        CellularPathwayIc50 wholeBlood = new CellularPathwayIc50("il-2", CensoredValue.exact(100 * NM), 1,
            ConcentrationBasis.TOTAL);
        PathwayPotencies p = new PathwayPotencies("c", List.of(jak("JAK1", 1), jak("JAK3", 1)), List.of(wholeBlood));
        PathwayInhibition row = new PathwayCoverage(s).atConcentrations(p, List.of(new NamedConcentration("C",
            100 * NM))).rows().get(0);
        assertEquals(PotencySource.CELLULAR_IC50, row.source());
        assertEquals(50.0, row.percentInhibition().orElseThrow().value(), 1e-12);
        // the same IC50 measured against free drug: a total of 200 nM is needed
        CellularPathwayIc50 free = new CellularPathwayIc50("IL-2", CensoredValue.exact(100 * NM), 1,
            ConcentrationBasis.FREE);
        assertEquals(50.0, percentAt(s, new PathwayPotencies("c", List.of(), List.of(free)), 200).value(), 1e-12);
    }

    @Test
    void censoredJakGivesAnUpperBoundIfEitherBlocksButDoesNotMatterIfTheMostPotentDominates() {
        // baricitinib IL-2: JAK1 5.9 nM, JAK3 >400 nM, at 10 nM free
        CensoredValue either = percentAt(only(IL2), baricitinib(), 10);
        assertEquals(Qualifier.LESS_OR_EQUAL, either.qualifier());
        double f1 = 10 / 15.9;
        double f3 = 10 / 410.0;
        assertEquals(100 * (1 - (1 - f1) * (1 - f3)), either.value(), 1e-12);
        CensoredValue max = percentAt(only(IL2).withRule(CombinationRule.MOST_POTENT_JAK_DOMINATES), baricitinib(),
            10);
        assertEquals(CensoredValue.exact(100 * f1), max);
    }

    @Test
    void potenciesCensoredBothWaysLeaveInhibitionUndetermined() {
        PathwayPotencies p = potencies(new JakPotency("JAK1", new CensoredValue(1 * NM, Qualifier.LESS)),
            new JakPotency("JAK3", new CensoredValue(400 * NM, Qualifier.GREATER)));
        List<PathwayInhibition> rows = new PathwayCoverage(only(IL2)).atConcentrations(p,
            List.of(new NamedConcentration("C", 10 * NM))).rows();
        assertTrue(rows.get(0).percentInhibition().isEmpty());
        assertTrue(rows.get(0).notes().contains("undetermined: potencies censored in both directions"));
    }

    @Test
    void aJakWithoutPotencyLeavesItsPathwaysWithoutValues() {
        List<PathwayInhibition> rows = new PathwayCoverage(PathwayCoverageSettings.defaults()).atConcentrations(
            potencies(jak("JAK1", 5), jak("JAK2", 5)), List.of(new NamedConcentration("C", 10 * NM))).rows();
        assertEquals(CytokinePathwayTable.builtIn().size(), rows.size());
        PathwayInhibition il6 = rows.stream().filter(r -> r.cytokine().equals("IL-6")).findFirst().orElseThrow();
        PathwayInhibition il10 = rows.stream().filter(r -> r.cytokine().equals("IL-10")).findFirst().orElseThrow();
        assertEquals(PotencySource.JAK_POTENCIES, il6.source());
        assertEquals(PotencySource.NONE, il10.source());
        assertTrue(il10.percentInhibition().isEmpty());
        assertTrue(il10.notes().contains("no potency for TYK2 and no cellular IC50 for IL-10"));
    }

    @Test
    void cellularIc50ForAnUnknownCytokineIsReportedNotIgnored() {
        PathwayPotencies p = new PathwayPotencies("c", List.of(jak("JAK1", 5), jak("JAK3", 5)), List.of(
            new CellularPathwayIc50("IL-99", CensoredValue.exact(1 * NM), 1, ConcentrationBasis.TOTAL)));
        PathwayCoverageReport<PathwayInhibition> report = new PathwayCoverage(only(IL2)).atConcentrations(p,
            List.of(new NamedConcentration("C", 10 * NM)));
        assertEquals("c", report.compound());
        assertEquals(List.of("cellular IC50 for IL-99 not used: no such pathway in the table"), report.notes());
        assertEquals(PotencySource.JAK_POTENCIES, report.rows().get(0).source());
    }

    @Test
    void approximatePotenciesAreUsedAsEstimatesWithANote() {
        PathwayPotencies p = potencies(jak("JAK1", 10), new JakPotency("JAK3", new CensoredValue(10 * NM,
            Qualifier.APPROXIMATE)));
        PathwayInhibition row = new PathwayCoverage(only(IL2)).atConcentrations(p, List.of(new NamedConcentration(
            "C", 10 * NM))).rows().get(0);
        assertEquals(75.0, row.percentInhibition().orElseThrow().value(), 1e-12);
        assertTrue(row.notes().contains("approximate potencies (~) are used as estimates"));
    }

    @Test
    void zeroConcentrationGivesNoInhibition() {
        assertEquals(CensoredValue.exact(0), percentAt(only(IL2), potencies(jak("JAK1", 5), jak("JAK3", 5)), 0));
    }

    @Test
    void scorerProfileFeedsPathwayCoverage() {
        SelectivityProfile profile = new SelectivityScorer(SelectivitySettings.defaults())
            .score(SelectivityScorerTest.baricitinib());
        PathwayPotencies p = PathwayPotencies.fromProfile(profile);
        assertEquals("baricitinib", p.compound());
        assertEquals(4, p.jaks().size());
        CensoredValue il2 = percentAt(only(IL2), p, 10);
        assertEquals(Qualifier.LESS_OR_EQUAL, il2.qualifier());
    }

    @Test
    void builtInTableCoversTheDomainBriefAndParsesJakLists() {
        assertEquals(17, CytokinePathwayTable.builtIn().size());
        assertEquals(List.of("JAK1", "JAK2"), CytokinePathway.parseJaks("JAK1 + JAK2 (+TYK2)").orElseThrow());
        assertEquals(List.of("JAK2", "JAK2"), CytokinePathway.parseJaks("JAK2/JAK2").orElseThrow());
        assertTrue(CytokinePathway.parseJaks(" (TYK2) ").isEmpty());
        assertEquals(CombinationRule.MOST_POTENT_JAK_DOMINATES, CombinationRule.parse("most potent JAK dominates")
            .orElseThrow());
    }
}
