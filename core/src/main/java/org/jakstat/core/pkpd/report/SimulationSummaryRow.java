package org.jakstat.core.pkpd.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.pkpd.IntervalEffectMetrics;
import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.SimulatedTimeCourse;
import org.jakstat.core.pkpd.SteadyStateExposure;

/** One row of {@link SimulationJob#summary}, in the order of {@link SimulationJob#summaryColumns}. */
final class SimulationSummaryRow {

    private SimulationSummaryRow() {
    }

    static List<ReportCell> of(final ScenarioOutcome o, final SimulationSetup setup) {
        DoseScenario s = o.scenario();
        boolean pd = setup.structure().pd() != PdStructure.NONE;
        List<ReportCell> row = new ArrayList<>();
        row.add(new ReportCell.Text(s.name()));
        row.add(ReportCell.number(s.doseMg(), "dose [mg] is missing"));
        row.add(ReportCell.number(s.intervalHours(), "dosing interval [h] is missing"));
        row.add(Double.isNaN(s.numberOfDoses()) || s.numberOfDoses() != Math.rint(s.numberOfDoses())
            || Math.abs(s.numberOfDoses()) > Integer.MAX_VALUE ? new ReportCell.Missing("number of doses is missing")
                : new ReportCell.Whole((int)s.numberOfDoses()));
        if (o.failure().isPresent()) {
            String why = o.failure().get();
            row.add(new ReportCell.Text(SimulationJob.FAILED));
            row.add(new ReportCell.Text(why));
            int rest = SimulationJob.summaryColumns(setup.structure().pd()).size() - row.size();
            for (int i = 0; i < rest; i++) {
                row.add(new ReportCell.Missing(why));
            }
            return row;
        }
        row.add(new ReportCell.Text(SimulationJob.OK));
        row.add(o.note().<ReportCell>map(ReportCell.Text::new).orElse(ReportCell.NONE));
        SimulatedTimeCourse c = o.course().orElseThrow();
        SimulatedTimeCourse.GridPeak peak = c.peakConcentration().orElseThrow();
        row.add(new ReportCell.Number(peak.value()));
        row.add(new ReportCell.Number(peak.time()));
        SteadyStateExposure e = o.exposure().orElseThrow();
        row.add(new ReportCell.Number(e.cmax()));
        row.add(new ReportCell.Number(e.tmax()));
        row.add(new ReportCell.Number(e.cmin()));
        row.add(new ReportCell.Number(e.cavg()));
        row.add(new ReportCell.Number(e.aucTau()));
        row.add(new ReportCell.Number(e.accumulationRatio()));
        row.add(new ReportCell.Number(SimulationJob.freeNanomolar(e.cmax(), setup)));
        row.add(new ReportCell.Number(SimulationJob.freeNanomolar(e.cmin(), setup)));
        if (pd) {
            addEffect(row, c, o.effect(), o.note().orElse(""));
        }
        return row;
    }

    private static void addEffect(final List<ReportCell> row, final SimulatedTimeCourse c,
        final Optional<IntervalEffectMetrics> effect, final String note) {
        Optional<double[]> inhibition = c.percentInhibition();
        Optional<SimulatedTimeCourse.GridPeak> peak = c.peakEffect();
        if (inhibition.isPresent() && peak.isPresent()) {
            double[] times = c.times();
            int i = java.util.Arrays.binarySearch(times, peak.get().time());
            while (i > 0 && times[i - 1] == peak.get().time()) {
                i--;
            }
            row.add(new ReportCell.Number(inhibition.get()[i]));
            row.add(new ReportCell.Number(peak.get().time()));
        } else {
            row.add(new ReportCell.Missing("% inhibition needs a baseline other than 0"));
            row.add(new ReportCell.Missing("% inhibition needs a baseline other than 0"));
        }
        if (effect.isPresent()) {
            IntervalEffectMetrics m = effect.get();
            row.add(new ReportCell.Number(m.timeAboveThresholdHours()));
            row.add(new ReportCell.Number(m.averagePercentInhibition()));
            row.add(new ReportCell.Number(m.maxPercentInhibition()));
            row.add(new ReportCell.Number(m.timeOfMaxInhibitionHours()));
        } else {
            for (int k = 0; k < 4; k++) {
                row.add(new ReportCell.Missing(note));
            }
        }
    }
}
