package org.jakstat.cli.demo;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.core.pkpd.DosedProfile;
import org.jakstat.core.pkpd.DosingRegimen;
import org.jakstat.core.pkpd.ObservationFit;
import org.jakstat.core.pkpd.PkPdFitResult;
import org.jakstat.core.pkpd.PkPdPrediction;
import org.jakstat.core.pkpd.report.FitOutcome;
import org.jakstat.core.pkpd.report.FitSetup;
import org.jakstat.core.plot.AxisSharing;
import org.jakstat.core.plot.Curve;
import org.jakstat.core.plot.DataPoint;
import org.jakstat.core.plot.Palette;
import org.jakstat.core.plot.PanelGrid;
import org.jakstat.core.plot.XyChart;
import org.jakstat.core.plot.XySeries;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.canvas.RgbColor;
import org.jakstat.core.timecourse.GroupTimeSummary;
import org.jakstat.core.timecourse.TimeCourseAnalysis;

/**
 * The PK/PD fit's picture for the report: the observed group means with the model's curve per dose, and every
 * observation against its prediction. Colours follow the group order of the time-course plot, so a dose has one
 * colour throughout the report.
 */
final class PkPdFitCharts {

    /** Points of a fitted curve over the sampled hours. */
    private static final int CURVE_POINTS = 241;

    private PkPdFitCharts() {
    }

    /**
     * @param timeCourse the analysis the observations came from (group means, group order)
     * @param setup the fit's setup (model, binding, molar mass)
     * @param outcome the pooled fit
     * @return two panels: over time, and observed against predicted
     */
    static PanelGrid of(final TimeCourseAnalysis timeCourse, final FitSetup setup, final FitOutcome outcome) {
        return PanelGrid.of("PK/PD fit: direct Imax model on pSTAT3 inhibition", List.of(overTime(timeCourse, setup,
            outcome.result()), observedVersusPredicted(timeCourse, outcome))).withColumns(2)
            .withSharing(AxisSharing.INDEPENDENT).withItemName("panels");
    }

    private static XyChart overTime(final TimeCourseAnalysis timeCourse, final FitSetup setup,
        final PkPdFitResult result) {
        XyChart.Builder b = XyChart.builder().title("Observed (mean \u00b1 SEM) and fitted")
            .xAxis(AxisSpec.linear("Time [h]")).yAxis(AxisSpec.linear("pSTAT3 inhibition [%]").withGrid(true));
        List<String> groups = timeCourse.groups();
        for (int g = 0; g < groups.size(); g++) {
            String group = groups.get(g);
            List<DataPoint> points = new ArrayList<>();
            double dose = Double.NaN;
            double last = 0;
            for (GroupTimeSummary t : timeCourse.timeSummaries()) {
                if (t.group().equals(group)) {
                    points.add(DataPoint.withError(t.time(), t.effect().mean(), t.effect().sem()));
                    dose = t.dose();
                    last = Math.max(last, t.time());
                }
            }
            if (points.isEmpty() || !(dose > 0)) {
                continue;
            }
            XySeries series = XySeries.of(group, points).withColor(Palette.color(g)).withMarker(Palette.marker(g));
            if (result.status().hasEstimates() && last > 0) {
                Curve c = Curve.sample(0, last, CURVE_POINTS, false, t -> 0);
                double[] y = new PkPdPrediction(setup.structure(), setup.quantity(), DosingRegimen.single(dose),
                    setup.fractionUnbound(), setup.molarMass()).predict(result.values(), c.x());
                series = series.withCurve(new Curve(c.x(), y));
            }
            b.series(series);
        }
        return b.build();
    }

    private static XyChart observedVersusPredicted(final TimeCourseAnalysis timeCourse, final FitOutcome outcome) {
        XyChart.Builder b = XyChart.builder().title("Observed against predicted")
            .xAxis(AxisSpec.linear("Predicted inhibition [%]"))
            .yAxis(AxisSpec.linear("Observed inhibition [%]").withGrid(true));
        List<String> groups = timeCourse.groups();
        double lo = 0;
        double hi = 0;
        for (int g = 0; g < groups.size(); g++) {
            List<DataPoint> points = new ArrayList<>();
            for (ObservationFit f : outcome.result().observations()) {
                DosedProfile p = outcome.profiles().get(f.profile());
                if (f.used() && groupOf(timeCourse, p).equals(groups.get(g))) {
                    points.add(DataPoint.of(f.predicted(), f.observed()));
                    lo = Math.min(lo, Math.min(f.predicted(), f.observed()));
                    hi = Math.max(hi, Math.max(f.predicted(), f.observed()));
                }
            }
            if (!points.isEmpty()) {
                b.series(XySeries.of(groups.get(g), points).withColor(Palette.color(g))
                    .withMarker(Palette.marker(g)));
            }
        }
        b.series(XySeries.ofCurve("identity", new Curve(new double[] {lo, hi}, new double[] {lo, hi}))
            .withColor(RgbColor.of(0x888888)));
        return b.build();
    }

    private static String groupOf(final TimeCourseAnalysis timeCourse, final DosedProfile p) {
        return timeCourse.subjects().stream().filter(s -> s.subject().equals(p.subject())).findFirst()
            .map(s -> s.group()).orElse("");
    }
}
