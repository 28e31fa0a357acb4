package org.jakstat.core.pkpd.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.jakstat.core.pkpd.DosingRegimen;
import org.jakstat.core.pkpd.FitWeighting;
import org.jakstat.core.pkpd.MolarMass;
import org.jakstat.core.pkpd.ObservedQuantity;
import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.PkPdModelStructure;
import org.jakstat.core.pkpd.PkPdParameter;
import org.jakstat.core.pkpd.PkPdPrediction;
import org.jakstat.core.pkpd.PkStructure;
import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.table.ResultValue;
import org.junit.jupiter.api.Test;

/** {@link FitJob}: rows to profiles, pooled and per-subject fits, every row reported, tables and chart. */
class FitJobTest {

    private static final PkPdModelStructure IMAX =
        new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);

    private static final double[] TRUTH = {1.5, 5.3, 96, 0, 100, 0.9, 40, 1.2};

    private static final Set<PkPdParameter> PK =
        EnumSet.of(PkPdParameter.KA, PkPdParameter.CL_F, PkPdParameter.V_F, PkPdParameter.TLAG);

    private static List<ObservationRow> rows(final String... subjects) {
        List<ObservationRow> rows = new ArrayList<>();
        double[] times = {0, 1, 2, 4, 8, 24};
        int s = 0;
        for (String subject : subjects) {
            double dose = 4 * (1 + s % 2);
            double[] y = new PkPdPrediction(IMAX, ObservedQuantity.RESPONSE, DosingRegimen.single(dose), 0.5,
                new MolarMass(371.42)).predict(TRUTH, times);
            for (int i = 0; i < times.length; i++) {
                rows.add(new ObservationRow(subject, dose, times[i], y[i] + (i % 2 == 0 ? 1 : -1)));
            }
            s++;
        }
        return rows;
    }

    private static FitSetup setup(final boolean perSubject, final List<ObservationRow> rows) {
        return new FitSetup(IMAX, new double[] {1.5, 5.3, 96, 0, 90, 0.7, 100, 1}, PK, ObservedQuantity.RESPONSE,
            FitWeighting.NONE, 0.5, new MolarMass(371.42), 0.95, 24, 1, perSubject, rows);
    }

    private static List<FitOutcome> run(final FitJob job) {
        return IntStream.range(0, job.fitNames().size()).mapToObj(job::fit).toList();
    }

    /**
     * Placebo (0 mg) rows carry no drug, so the model predicts the baseline E0 for them (analytic: C = 0, so
     * E = E0 (1 - Imax 0 / (IC50 + 0)) = E0) and they are fitted, not rejected.
     */
    @Test
    void placeboRowsAreFittedAtTheBaseline() {
        List<ObservationRow> rows = new ArrayList<>(rows("A", "B"));
        for (double t : new double[] {0, 1, 4, 24}) {
            rows.add(new ObservationRow("P", 0, t, 100 + (t == 4 ? 1 : -1)));
        }
        FitJob job = new FitJob(setup(false, rows));
        assertEquals(0, job.rejectedRows());
        List<FitOutcome> outcomes = run(job);
        TableUnderTest obs = new TableUnderTest(FitJob.observationLayout(ObservedQuantity.RESPONSE),
            job.observations(outcomes));
        TableUnderTest summary = new TableUnderTest(FitJob.summaryLayout(IMAX, 0.95), job.summary(outcomes));
        assertEquals(ResultValue.integer(16), summary.rows().get(0).value(3));
        double e0 = ((ResultValue.NumberValue)summary.rows().get(0).value(summary.indexOf("E0"))).value();
        for (int i = 12; i < 16; i++) {
            assertEquals(ResultValue.text("used"), obs.rows().get(i).value(8));
            assertEquals(e0, ((ResultValue.NumberValue)obs.rows().get(i).value(5)).value(), 1e-9 * e0);
        }
    }

    @Test
    void pooledFitReportsEveryRowInInputOrderAndBadRowsWithReasons() {
        List<ObservationRow> rows = new ArrayList<>(rows("A", "B", "C", "D"));
        rows.add(1, new ObservationRow(null, 4, 2, 50));
        rows.add(new ObservationRow("E", Double.NaN, 2, 50));
        rows.add(new ObservationRow("E", -4, 2, 50));
        rows.add(new ObservationRow("A", 4, 3, Double.NaN));
        FitJob job = new FitJob(setup(false, rows));
        assertEquals(List.of("all"), job.fitNames());
        assertEquals(3, job.rejectedRows());
        List<FitOutcome> outcomes = run(job);
        TableUnderTest obs = new TableUnderTest(FitJob.observationLayout(ObservedQuantity.RESPONSE),
            job.observations(outcomes));
        assertEquals(List.of("Fit", "Subject", "Dose [mg]", "Time [h]", "Observed Response", "Predicted Response",
            "Residual", "Weight", "Status", "Reason"), obs.columnNames());
        assertEquals(rows.size(), obs.rows().size(), "nothing dropped");
        assertEquals(ResultValue.text("subject is missing"), obs.rows().get(1).value(9));
        assertEquals(ResultValue.missing("subject is missing"), obs.rows().get(1).value(1));
        assertEquals(ResultValue.text("dose [mg] is missing"), obs.rows().get(25).value(9));
        assertEquals(ResultValue.text("dose [mg] must be a finite number >= 0 (0 for placebo), got -4.0"),
            obs.rows().get(26).value(9));
        assertEquals(ResultValue.text("observed value is missing"), obs.rows().get(27).value(9));
        assertTrue(obs.rows().get(27).value(5) instanceof ResultValue.NumberValue,
            "a prediction even without a value");
        assertEquals(ResultValue.text("used"), obs.rows().get(0).value(8));
        TableUnderTest summary = new TableUnderTest(FitJob.summaryLayout(IMAX, 0.95), job.summary(outcomes));
        assertEquals(ResultValue.text("FITTED"), summary.rows().get(0).value(1));
        assertEquals(ResultValue.integer(24), summary.rows().get(0).value(3));
        assertEquals(ResultValue.integer(1), summary.rows().get(0).value(4));
        assertEquals(ResultValue.text("ka, CL/F, V/F, tlag"), summary.rows().get(0).value(5));
        assertEquals(ResultValue.missing("held fixed"),
            summary.rows().get(0).value(summary.indexOf("ka SE [1/h]")));
        assertTrue(summary.columnNames().containsAll(List.of("IC50 [nM]", "IC50 SE [nM]", "IC50 95% CI lower [nM]",
            "IC50 95% CI upper [nM]", "Imax 95% CI upper", "R2", "AICc", "Convergence")), summary.columnNames()
                .toString());
        double ic50 = ((ResultValue.NumberValue)summary.rows().get(0).value(summary.indexOf("IC50 [nM]"))).value();
        assertEquals(40, ic50, 8);
        assertTrue(ChartRenderer.renderPng(job.chart(outcomes)).length > 1000);
    }

    @Test
    void perSubjectFitsOneRowEachAndTooFewDataIsAStatus() {
        List<ObservationRow> rows = new ArrayList<>(rows("A", "B"));
        rows.add(new ObservationRow("short", 4, 1, 60));
        FitJob job = new FitJob(setup(true, rows));
        assertEquals(List.of("A", "B", "short"), job.fitNames());
        List<FitOutcome> outcomes = run(job);
        TableUnderTest summary = new TableUnderTest(FitJob.summaryLayout(IMAX, 0.95), job.summary(outcomes));
        assertEquals(3, summary.rows().size());
        assertEquals(ResultValue.text("TOO_FEW_OBSERVATIONS"), summary.rows().get(2).value(1));
        assertEquals(ResultValue.missing("not estimated: TOO_FEW_OBSERVATIONS"),
            summary.rows().get(2).value(summary.indexOf("IC50 [nM]")));
        TableUnderTest obs = new TableUnderTest(FitJob.observationLayout(ObservedQuantity.RESPONSE),
            job.observations(outcomes));
        assertEquals(ResultValue.text("short"), obs.rows().get(12).value(0));
        assertEquals(ResultValue.missing("not fitted: TOO_FEW_OBSERVATIONS"), obs.rows().get(12).value(5));
        String svg = ChartRenderer.renderSvg(job.chart(outcomes));
        assertTrue(svg.contains("short (too few observations)"), svg);
    }
}
