package org.jakstat.core.pkpd.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.pkpd.IntervalEffectMetrics;
import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.SimulatedTimeCourse;
import org.jakstat.core.pkpd.SteadyStateExposure;
import org.jakstat.core.table.ResultValue;

/** One row of {@link SimulationJob#summary}, in the order of {@link SimulationJob#summaryColumns}. */
final class SimulationSummaryRow {

    private SimulationSummaryRow() {
    }

    /** @return the values of the scenario's row, {@code width} of them */
    static List<ResultValue> of(final ScenarioOutcome o, final SimulationSetup setup, final int width) {
        DoseScenario s = o.scenario();
        boolean pd = setup.structure().pd() != PdStructure.NONE;
        List<ResultValue> row = new ArrayList<>();
        row.add(ResultValue.text(s.name()));
        row.add(ReportValues.number(s.doseMg(), "dose [mg] is missing"));
        row.add(ReportValues.number(s.intervalHours(), "dosing interval [h] is missing"));
        row.add(Double.isNaN(s.numberOfDoses()) || s.numberOfDoses() != Math.rint(s.numberOfDoses())
            || Math.abs(s.numberOfDoses()) > Integer.MAX_VALUE ? ResultValue.missing("number of doses is missing")
                : ResultValue.integer((int)s.numberOfDoses()));
        if (o.failure().isPresent()) {
            String why = o.failure().get();
            row.add(ResultValue.text(SimulationJob.FAILED));
            row.add(ResultValue.text(why));
            int rest = width - row.size();
            for (int i = 0; i < rest; i++) {
                row.add(ResultValue.missing(why));
            }
            return row;
        }
        row.add(ResultValue.text(SimulationJob.OK));
        row.add(ResultValue.textOrMissing(o.note()));
        SimulatedTimeCourse c = o.course().orElseThrow();
        SimulatedTimeCourse.GridPeak peak = c.peakConcentration().orElseThrow();
        row.add(ResultValue.number(peak.value()));
        row.add(ResultValue.number(peak.time()));
        SteadyStateExposure e = o.exposure().orElseThrow();
        row.add(ResultValue.number(e.cmax()));
        row.add(ResultValue.number(e.tmax()));
        row.add(ResultValue.number(e.cmin()));
        row.add(ResultValue.number(e.cavg()));
        row.add(ResultValue.number(e.aucTau()));
        row.add(ResultValue.number(e.accumulationRatio()));
        row.add(ResultValue.number(SimulationJob.freeNanomolar(e.cmax(), setup)));
        row.add(ResultValue.number(SimulationJob.freeNanomolar(e.cmin(), setup)));
        if (pd) {
            addEffect(row, c, o.effect(), o.note().orElse(""));
        }
        return row;
    }

    private static void addEffect(final List<ResultValue> row, final SimulatedTimeCourse c,
        final Optional<IntervalEffectMetrics> effect, final String note) {
        Optional<double[]> inhibition = c.percentInhibition();
        Optional<SimulatedTimeCourse.GridPeak> peak = c.peakEffect();
        if (inhibition.isPresent() && peak.isPresent()) {
            double[] times = c.times();
            int i = java.util.Arrays.binarySearch(times, peak.get().time());
            while (i > 0 && times[i - 1] == peak.get().time()) {
                i--;
            }
            row.add(ResultValue.number(inhibition.get()[i]));
            row.add(ResultValue.number(peak.get().time()));
        } else {
            row.add(ResultValue.missing("% inhibition needs a baseline other than 0"));
            row.add(ResultValue.missing("% inhibition needs a baseline other than 0"));
        }
        if (effect.isPresent()) {
            IntervalEffectMetrics m = effect.get();
            row.add(ResultValue.number(m.timeAboveThresholdHours()));
            row.add(ResultValue.number(m.averagePercentInhibition()));
            row.add(ResultValue.number(m.maxPercentInhibition()));
            row.add(ResultValue.number(m.timeOfMaxInhibitionHours()));
        } else {
            for (int k = 0; k < 4; k++) {
                row.add(ResultValue.missing(note));
            }
        }
    }
}
