package org.jakstat.core.timecourse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analyzer on small hand-made studies: normalisations with background subtraction, placebo adjustment, group
 * summaries, and every kind of bad data named in issue 6 (unsorted and duplicate times, missing values, a single
 * sample, no baseline), each flagged or noted with its reason. Arithmetic in the comments.
 */
class TimeCourseAnalyzerTest {

    private static int s_row;

    private static PdSample row(final String subject, final String group, final double dose, final double time,
        final double stimulated, final double unstimulated) {
        return new PdSample(subject, group, dose, time, stimulated, unstimulated, "Row" + s_row++);
    }

    /**
     * Subject A, 4 mg, flow pSTAT3 with stimulated (S) and unstimulated (U) MFI. Pre-dose S - U: 1100 - 100 = 1000
     * at -0.5 h and 1300 - 100 = 1200 at 0 h: baseline 1100. Post-dose S - U: 550 at 1 h, 220 at 2 h, 770 at 4 h.
     */
    private static List<PdSample> subjectA() {
        return List.of(row("A", "4 mg", 4, -0.5, 1100, 100), row("A", "4 mg", 4, 0, 1300, 100),
            row("A", "4 mg", 4, 1, 650, 100), row("A", "4 mg", 4, 2, 320, 100), row("A", "4 mg", 4, 4, 870, 100));
    }

    private static SubjectResult only(final TimeCourseAnalysis a) {
        assertEquals(1, a.subjects().size());
        return a.subjects().get(0);
    }

    private static TimeCourseAnalysis analyze(final TimeCourseSettings s, final List<PdSample> rows) {
        return new TimeCourseAnalyzer(s).analyze(rows);
    }

    @ParameterizedTest
    @CsvSource({
        // 100 (1 - (S - U)/1100): 100 (1 - 550/1100) = 50, 100 (1 - 220/1100) = 80, 100 (1 - 770/1100) = 30
        "PERCENT_INHIBITION, 0, 50, 80, 30",
        // 100 (S - U)/1100
        "PERCENT_OF_BASELINE, 100, 50, 20, 70",
        // (S - U) - 1100
        "CHANGE_FROM_BASELINE, 0, -550, -880, -330",
        "RAW, 1100, 550, 220, 770"})
    void normalisesTheBackgroundSubtractedSignal(final Normalization n, final double e0, final double e1,
        final double e2, final double e4) {
        SubjectResult a = only(analyze(TimeCourseSettings.defaults().withNormalization(n), subjectA()));
        assertEquals(SubjectStatus.OK, a.status());
        assertArrayEquals(new double[] {0, 1, 2, 4}, a.profile().get().times());
        assertArrayEquals(new double[] {e0, e1, e2, e4}, a.profile().get().effects(), 1e-12);
        assertEquals(1100, a.metrics().get(PdMetric.BASELINE).value(), 0.0);
        assertEquals(List.of("baseline = mean of 2 pre-dose samples"), a.notes());
        assertEquals(5, a.samplesUsed());
        assertEquals(2, a.baselineSamples());
        assertEquals(4, a.dose(), 0.0);
    }

    /**
     * Placebo P1: baseline 1000; 1100, 900, 1000 at 1, 2, 4 h: changes +100, -100, 0. P2: baseline 1200; 1200 and
     * 1300 at 1 and 2 h: changes 0, +100. Placebo means: 50 at 1 h, 0 at 2 h, 0 at 4 h. Subject A's changes -550,
     * -880, -330 become -600, -880, -330; its 3 h sample has no placebo mean and is left out with a note.
     */
    @Test
    void placeboAdjustmentSubtractsThePlaceboMeanChangeAtEachTime() {
        List<PdSample> rows = new ArrayList<>(List.of(row("P1", "placebo", 0, 0, 1000, 0),
            row("P1", "placebo", 0, 1, 1100, 0), row("P1", "placebo", 0, 2, 900, 0), row("P1", "placebo", 0, 4, 1000, 0),
            row("P2", "placebo", 0, 0, 1200, 0), row("P2", "placebo", 0, 1, 1200, 0), row("P2", "placebo", 0, 2, 1300, 0)));
        rows.addAll(subjectA());
        rows.add(row("A", "4 mg", 4, 3, 600, 100));
        TimeCourseAnalysis a = analyze(TimeCourseSettings.defaults().withPlaceboGroup("placebo")
            .withNormalization(Normalization.PLACEBO_ADJUSTED), rows);
        SubjectResult p1 = a.subjects().get(0);
        assertArrayEquals(new double[] {0, 50, -100, 0}, p1.profile().get().effects(), 1e-12);
        SubjectResult subjectA = a.subjects().get(2);
        assertArrayEquals(new double[] {0, 1, 2, 4}, subjectA.profile().get().times());
        assertArrayEquals(new double[] {0, -600, -880, -330}, subjectA.profile().get().effects(), 1e-12);
        assertTrue(subjectA.notes().contains("no placebo mean at 3 h: not used"), subjectA.notes().toString());
        assertEquals(5, subjectA.samplesUsed(), "the 3 h sample is not used");
        assertEquals(6, subjectA.rows());
    }

    @Test
    void aPlaceboGroupWithoutDataFlagsEverySubject() {
        TimeCourseAnalysis a = analyze(TimeCourseSettings.defaults().withPlaceboGroup("vehicle")
            .withNormalization(Normalization.PLACEBO_ADJUSTED), subjectA());
        SubjectResult r = only(a);
        assertEquals(SubjectStatus.NO_PLACEBO_REFERENCE, r.status());
        assertEquals("placebo group 'vehicle' has no subject with a baseline and post-dose samples", r.reason());
        assertEquals(1100, r.metrics().get(PdMetric.BASELINE).value(), 0.0, "the baseline is still reported");
        assertTrue(Double.isNaN(r.metrics().get(PdMetric.RMAX).value()));
    }

    @Test
    void unsortedRowsAreSortedWithANoteAndGiveTheSameResult() {
        List<PdSample> shuffled = new ArrayList<>(subjectA());
        Collections.reverse(shuffled);
        SubjectResult sorted = only(analyze(TimeCourseSettings.defaults(), subjectA()));
        SubjectResult r = only(analyze(TimeCourseSettings.defaults(), shuffled));
        assertEquals(sorted.profile(), r.profile());
        assertEquals(sorted.metrics(), r.metrics());
        assertEquals(List.of("times were not in ascending order: sorted", "baseline = mean of 2 pre-dose samples"),
            r.notes());
    }

    @Test
    void duplicateTimesAreAveragedWithANote() {
        List<PdSample> rows = new ArrayList<>(subjectA());
        // a second 2 h sample with S - U = 440: the 2 h signal is (220 + 440)/2 = 330, 100 (1 - 330/1100) = 70
        rows.add(row("A", "4 mg", 4, 2, 540, 100));
        SubjectResult r = only(analyze(TimeCourseSettings.defaults(), rows));
        assertArrayEquals(new double[] {0, 50, 70, 30}, r.profile().get().effects(), 1e-12);
        assertTrue(r.notes().contains("2 samples at 2 h averaged"), r.notes().toString());
        assertEquals(6, r.samplesUsed());
    }

    @Test
    void rowsWithMissingValuesAreListedNotDropped() {
        List<PdSample> rows = new ArrayList<>(subjectA());
        rows.add(new PdSample("A", "4 mg", 4, Double.NaN, 500, 100, "Row90"));
        rows.add(new PdSample("A", "4 mg", 4, 8, Double.NaN, 100, "Row91"));
        rows.add(new PdSample("A", "4 mg", 4, 8, 500, Double.NaN, "Row92"));
        SubjectResult r = only(analyze(TimeCourseSettings.defaults(), rows));
        assertEquals(SubjectStatus.OK, r.status());
        assertEquals(8, r.rows());
        assertEquals(5, r.samplesUsed());
        assertEquals(List.of("1 row(s) without a time not used: Row90", "1 row(s) without a response not used: Row91",
            "1 row(s) without an unstimulated (background) value not used: Row92",
            "baseline = mean of 2 pre-dose samples"), r.notes());
    }

    @Test
    void incompleteSubjectsAreFlaggedWithTheirReasons() {
        List<PdSample> rows = List.of(row("single", "g", 1, 2, 500, 0),
            row("noBaseline", "g", 1, 1, 500, 0), row("noBaseline", "g", 1, 2, 400, 0),
            row("noPostDose", "g", 1, -1, 500, 0), row("noPostDose", "g", 1, 0, 700, 0),
            row("zeroBaseline", "g", 1, 0, 100, 100), row("zeroBaseline", "g", 1, 1, 50, 0),
            row("", "g", 1, 1, 50, 0), row(" ", "g", 1, 2, 50, 0),
            row("nothing", "g", 1, 1, Double.NaN, 0));
        TimeCourseAnalysis a = analyze(TimeCourseSettings.defaults(), rows);
        List<SubjectResult> s = a.subjects();
        assertEquals(List.of("single", "noBaseline", "noPostDose", "zeroBaseline", "", "nothing"),
            s.stream().map(SubjectResult::subject).toList());
        assertEquals(SubjectStatus.SINGLE_SAMPLE, s.get(0).status());
        assertEquals("a single usable sample (time 2 h): a time course needs a pre-dose baseline (time <= 0) and a "
            + "sample after the dose", s.get(0).reason());
        assertEquals(SubjectStatus.NO_BASELINE, s.get(1).status());
        assertEquals("no pre-dose sample (time <= 0): no baseline", s.get(1).reason());
        assertEquals(SubjectStatus.NO_POST_DOSE_DATA, s.get(2).status());
        assertEquals(600, s.get(2).metrics().get(PdMetric.BASELINE).value(), 0.0);
        assertEquals(2, s.get(2).samplesUsed());
        assertEquals(SubjectStatus.BASELINE_NOT_POSITIVE, s.get(3).status());
        assertEquals("baseline 0 is not > 0: % inhibition divides by it", s.get(3).reason());
        assertEquals(SubjectStatus.NO_SUBJECT_ID, s.get(4).status());
        assertEquals("2 row(s) without a subject id: " + rows.get(7).source() + ", " + rows.get(8).source(),
            s.get(4).reason());
        assertEquals(SubjectStatus.NO_USABLE_SAMPLES, s.get(5).status());
        assertEquals(6, a.flaggedSubjects());
        assertTrue(a.timeSummaries().isEmpty(), "flagged subjects have no effects to summarise");
        int rowsAccounted = s.stream().mapToInt(SubjectResult::rows).sum();
        assertEquals(rows.size(), rowsAccounted, "every row belongs to a subject result");
    }

    @Test
    void inconsistentDosesAreNotGuessed() {
        List<PdSample> rows = new ArrayList<>(subjectA());
        rows.add(row("A", "4 mg", 2, 8, 1000, 100));
        SubjectResult r = only(analyze(TimeCourseSettings.defaults(), rows));
        assertTrue(Double.isNaN(r.dose()));
        assertTrue(r.notes().contains("rows give different doses (2, 4): no dose for the dose-response fit"));
    }

    /**
     * Three subjects of one group with % inhibition 50, 60, 70 at 1 h: mean 60, SD 10, SEM 10/sqrt(3) =
     * 5.773502691896258; t(0.975, 2) = 4.302652729911275 (R qt(0.975, 2)), half-width 24.84138... The interval
     * is checked to 1e-8: Commons Math inverts the t distribution by a root finder accurate to about 1e-9 in t.
     */
    @Test
    void summarisesEachGroupPerTimeWithATInterval() {
        List<PdSample> rows = new ArrayList<>();
        double[] atOneHour = {500, 400, 300};
        for (int i = 0; i < 3; i++) {
            rows.add(row("S" + i, "2 mg", 2, 0, 1000, 0));
            rows.add(row("S" + i, "2 mg", 2, 1, atOneHour[i], 0));
            rows.add(row("S" + i, "2 mg", 2, 2, 900, 0));
        }
        TimeCourseAnalysis a = analyze(TimeCourseSettings.defaults(), rows);
        assertEquals(List.of(0.0, 1.0, 2.0), a.timeSummaries().stream().map(GroupTimeSummary::time).toList());
        DescriptiveSummary at1 = a.timeSummaries().get(1).effect();
        assertEquals(3, at1.n());
        assertEquals(60, at1.mean(), 1e-12);
        assertEquals(10, at1.sd(), 1e-12);
        assertEquals(5.773502691896258, at1.sem(), 1e-12);
        assertEquals(60 - 4.302652729911275 * 5.773502691896258, at1.ciLow(), 1e-8);
        assertEquals(60 + 4.302652729911275 * 5.773502691896258, at1.ciHigh(), 1e-8);
        assertEquals(60, at1.median(), 0.0);
        assertEquals(2, a.timeSummaries().get(1).dose(), 0.0);
        DescriptiveSummary at0 = a.timeSummaries().get(0).effect();
        assertEquals(0, at0.mean(), 0.0);
        assertEquals(0, at0.sd(), 0.0);
        GroupMetricSummary rmax = a.metricSummaries().stream().filter(m -> m.metric() == PdMetric.RMAX).findFirst()
            .orElseThrow();
        assertEquals(60, rmax.summary().mean(), 1e-12);
        assertEquals(0, rmax.censored());
        assertEquals(0, rmax.notDetermined());
        assertEquals(PdMetric.values().length, a.metricSummaries().size());
    }

    @Test
    void censoredAndMissingValuesAreCountedInTheMetricSummaries() {
        // S0 never returns within 20 % by 2 h (censored); S1 returns; S2 has no baseline (flagged)
        List<PdSample> rows = List.of(row("S0", "g", 1, 0, 1000, 0), row("S0", "g", 1, 1, 200, 0),
            row("S0", "g", 1, 2, 300, 0), row("S1", "g", 1, 0, 1000, 0), row("S1", "g", 1, 1, 200, 0),
            row("S1", "g", 1, 2, 900, 0), row("S2", "g", 1, 1, 500, 0), row("S2", "g", 1, 2, 500, 0));
        TimeCourseAnalysis a = analyze(TimeCourseSettings.defaults(), rows);
        GroupMetricSummary back = a.metricSummaries().stream()
            .filter(m -> m.metric() == PdMetric.RETURN_TO_BASELINE).findFirst().orElseThrow();
        assertEquals(1, back.summary().n());
        assertEquals(1, back.censored());
        assertEquals(1, back.notDetermined());
        // S1: 80 % at 1 h, 10 % at 2 h; back within 20 on 80 -> 10 at 1 + 60/70 h
        assertEquals(1 + 60.0 / 70, back.summary().mean(), 1e-12);
        assertTrue(Double.isNaN(back.summary().sd()));
    }

    @Test
    void settingsRefuseContradictions() {
        assertThrows(IllegalArgumentException.class,
            () -> TimeCourseSettings.defaults().withNormalization(Normalization.PLACEBO_ADJUSTED));
        assertThrows(IllegalArgumentException.class, () -> TimeCourseSettings.defaults().withReturnWithinPercent(0));
        assertThrows(IllegalArgumentException.class,
            () -> TimeCourseSettings.defaults().withDoseDependence(PdMetric.TMAX, DoseModel.EMAX));
        assertThrows(IllegalArgumentException.class,
            () -> TimeCourseSettings.defaults().withThreshold(Double.NaN, EffectSide.ABOVE));
    }

    @Test
    void theGroupDoseIgnoresSubjectsWithoutADose() {
        List<PdSample> rows = new ArrayList<>(subjectA());
        rows.add(row("B", "4 mg", Double.NaN, 0, 1000, 0));
        rows.add(row("B", "4 mg", Double.NaN, 1, 500, 0));
        rows.add(row("", "4 mg", 4, 1, 500, 0));
        TimeCourseAnalysis a = analyze(TimeCourseSettings.defaults(), rows);
        assertEquals(4, a.timeSummaries().get(0).dose(), 0.0);
        assertEquals(4, a.subjects().get(2).dose(), 0.0, "rows without a subject id keep their dose");
        assertTrue(Double.isNaN(a.subjects().get(1).dose()));
    }
}
