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
        ReportTable obs = job.observations(outcomes);
        assertEquals(List.of("Fit", "Subject", "Dose [mg]", "Time [h]", "Observed Response", "Predicted Response",
            "Residual", "Weight", "Status", "Reason"), obs.columnNames());
        assertEquals(rows.size(), obs.rows().size(), "nothing dropped");
        assertEquals(new ReportCell.Text("subject is missing"), obs.rows().get(1).get(9));
        assertEquals(new ReportCell.Missing("subject is missing"), obs.rows().get(1).get(1));
        assertEquals(new ReportCell.Text("dose [mg] is missing"), obs.rows().get(25).get(9));
        assertEquals(new ReportCell.Text("dose [mg] must be a finite number > 0, got -4.0"), obs.rows().get(26).get(9));
        assertEquals(new ReportCell.Text("observed value is missing"), obs.rows().get(27).get(9));
        assertTrue(obs.rows().get(27).get(5) instanceof ReportCell.Number, "a prediction even without a value");
        assertEquals(new ReportCell.Text("used"), obs.rows().get(0).get(8));
        ReportTable summary = job.summary(outcomes);
        assertEquals(new ReportCell.Text("FITTED"), summary.rows().get(0).get(1));
        assertEquals(new ReportCell.Whole(24), summary.rows().get(0).get(3));
        assertEquals(new ReportCell.Whole(1), summary.rows().get(0).get(4));
        assertEquals(new ReportCell.Text("ka, CL/F, V/F, tlag"), summary.rows().get(0).get(5));
        assertEquals(new ReportCell.Missing("held fixed"), summary.rows().get(0).get(summary.indexOf("ka SE [1/h]")));
        assertTrue(summary.columnNames().containsAll(List.of("IC50 [nM]", "IC50 SE [nM]", "IC50 95% CI lower [nM]",
            "IC50 95% CI upper [nM]", "Imax 95% CI upper", "R2", "AICc", "Convergence")), summary.columnNames()
                .toString());
        double ic50 = ((ReportCell.Number)summary.rows().get(0).get(summary.indexOf("IC50 [nM]"))).value();
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
        ReportTable summary = job.summary(outcomes);
        assertEquals(3, summary.rows().size());
        assertEquals(new ReportCell.Text("TOO_FEW_OBSERVATIONS"), summary.rows().get(2).get(1));
        assertEquals(new ReportCell.Missing("not estimated: TOO_FEW_OBSERVATIONS"),
            summary.rows().get(2).get(summary.indexOf("IC50 [nM]")));
        ReportTable obs = job.observations(outcomes);
        assertEquals(new ReportCell.Text("short"), obs.rows().get(12).get(0));
        assertEquals(new ReportCell.Missing("not fitted: TOO_FEW_OBSERVATIONS"), obs.rows().get(12).get(5));
        String svg = ChartRenderer.renderSvg(job.chart(outcomes));
        assertTrue(svg.contains("short (too few observations)"), svg);
    }
}
