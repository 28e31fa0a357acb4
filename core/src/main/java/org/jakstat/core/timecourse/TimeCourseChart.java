package org.jakstat.core.timecourse;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.core.plot.Curve;
import org.jakstat.core.plot.DataPoint;
import org.jakstat.core.plot.Palette;
import org.jakstat.core.plot.ReferenceLine;
import org.jakstat.core.plot.XyChart;
import org.jakstat.core.plot.XySeries;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.canvas.RgbColor;

/**
 * The picture of a time-course analysis: per group the mean effect &plusmn; SEM at each time, joined by lines, in
 * the group's palette colour; optionally each subject's profile as a thin light line of its group's colour
 * underneath; the threshold as a dashed reference line. Render it with
 * {@link org.jakstat.core.plot.ChartRenderer}.
 */
public final class TimeCourseChart {

    /** How far individual lines are lightened towards white, so the means stand out. */
    private static final double INDIVIDUAL_LIGHTENING = 0.6;

    private TimeCourseChart() {
    }

    /**
     * @param analysis the analysis
     * @param individualLines also draw each subject's profile
     * @return the chart
     */
    public static XyChart of(final TimeCourseAnalysis analysis, final boolean individualLines) {
        TimeCourseSettings s = analysis.settings();
        Normalization n = s.normalization();
        String unit = s.timeUnit().label();
        XyChart.Builder b = XyChart.builder().title("PD time course")
            .subtitle("mean \u00b1 SEM per group" + (individualLines ? "; thin lines: individual subjects" : ""))
            .xAxis(AxisSpec.linear("Time [" + unit + "]"))
            .yAxis(AxisSpec.linear(n == Normalization.RAW ? "Signal" : "Effect [" + n.unit() + "]").withGrid(true));
        List<String> groups = analysis.groups();
        if (individualLines) {
            for (SubjectResult subject : analysis.subjects()) {
                RgbColor light = Palette.color(groups.indexOf(subject.group())).mix(RgbColor.WHITE,
                    INDIVIDUAL_LIGHTENING);
                subject.profile().ifPresent(p -> b.series(XySeries.ofCurve("", new Curve(p.times(), p.effects()))
                    .withColor(light)));
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            String group = groups.get(g);
            List<DataPoint> points = new ArrayList<>();
            for (GroupTimeSummary t : analysis.timeSummaries()) {
                if (t.group().equals(group)) {
                    points.add(DataPoint.withError(t.time(), t.effect().mean(), t.effect().sem()));
                }
            }
            long subjects = analysis.subjects().stream().filter(r -> r.group().equals(group) && r.isOk()).count();
            if (!points.isEmpty()) {
                b.series(XySeries.of((group.isEmpty() ? "(no group)" : group) + " (n = " + subjects + ")", points)
                    .connected().withColor(Palette.color(g)).withMarker(Palette.marker(g)));
            }
        }
        return b.reference(ReferenceLine.horizontal(s.threshold(), "threshold " + NumberText.of(s.threshold())))
            .build();
    }
}
