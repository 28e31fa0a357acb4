package org.jakstat.cli.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

import org.jakstat.cli.CsvTable;
import org.jakstat.cli.MalformedInputException;
import org.jakstat.cli.ResultTableCsv;
import org.jakstat.core.plot.AxisSharing;
import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.plot.LegendPosition;
import org.jakstat.core.plot.PanelGrid;
import org.jakstat.core.plot.ReferenceLine;
import org.jakstat.core.plot.XyChart;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.table.ColumnKind;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;
import org.jakstat.core.timecourse.DescriptiveSummary;
import org.jakstat.core.timecourse.GroupMetricSummary;
import org.jakstat.core.timecourse.GroupTimeSummary;
import org.jakstat.core.timecourse.Normalization;
import org.jakstat.core.timecourse.PdMetric;
import org.jakstat.core.timecourse.PdSample;
import org.jakstat.core.timecourse.SampleColumns;
import org.jakstat.core.timecourse.TimeCourseAnalysis;
import org.jakstat.core.timecourse.TimeCourseAnalyzer;
import org.jakstat.core.timecourse.TimeCourseChart;
import org.jakstat.core.timecourse.TimeCourseSettings;
import org.jakstat.core.timecourse.TimeUnit;

/**
 * Step 5: the weekly laboratory values, marker by marker, through core's PD Time-Course Analyzer (what
 * {@code jakstat timecourse --time-unit week} runs): each patient's change from its week-0 value, group means per
 * week with 95 % CIs, and the placebo-adjusted change (the change minus the placebo group's mean change that week).
 */
final class BiomarkerStep {

    /** Folder of this step's files. */
    static final String DIR = "5-biomarkers";

    /** The summary table. */
    static final String SUMMARY = "biomarker-summary.csv";

    /** The plot (PNG and SVG). */
    static final String PLOT = "biomarkers";

    /** The placebo group's value in the group column. */
    static final String PLACEBO = "placebo";

    /** Weeks shown in the report's table (the CSV has every week). */
    private static final double[] SHOWN_WEEKS = {1, 2, 12, 24};

    /** The analyses of one marker: change from baseline, placebo-adjusted change, % of baseline. */
    private record Marker(String name, String unit, TimeCourseAnalysis change, TimeCourseAnalysis adjusted,
        TimeCourseAnalysis percent) {
    }

    private final List<Marker> m_markers;

    private BiomarkerStep(final List<Marker> markers) {
        m_markers = markers;
    }

    /**
     * @param biomarkers the weekly biomarker CSV
     * @param out the demo's output folder
     * @return the analysed step
     * @throws IOException when a file cannot be read or written
     * @throws MalformedInputException when the file is not in the example's format
     */
    static BiomarkerStep run(final Path biomarkers, final Path out) throws IOException, MalformedInputException {
        CsvTable t = CsvTable.read(biomarkers, "biomarkers " + biomarkers.getFileName());
        String option = "the demo's biomarker format";
        SampleColumns columns = new SampleColumns(t.column("patient", option), t.column("group", option),
            t.column("dose [mg]", option), t.column("time [week]", option), t.column("value", option), -1, "mg");
        int marker = t.column("marker", option);
        int unit = t.column("unit", option);
        Map<String, List<PdSample>> samples = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        double[] numbers = new double[t.header().size()];
        for (CsvTable.Row row : t.rows()) {
            for (int c : columns.numberColumns()) {
                OptionalDouble n = t.number(row, c);
                numbers[c] = n.isPresent() ? n.getAsDouble() : Double.NaN;
            }
            String name = row.fields().get(marker).strip();
            units.putIfAbsent(name, row.fields().get(unit).strip());
            samples.computeIfAbsent(name, k -> new ArrayList<>()).add(columns.sample(i -> row.fields().get(i).strip(),
                i -> numbers[i], "line " + row.line()));
        }
        TimeCourseSettings change = TimeCourseSettings.defaults().withTimeUnit(TimeUnit.WEEK)
            .withNormalization(Normalization.CHANGE_FROM_BASELINE);
        TimeCourseSettings adjusted = change.withPlaceboGroup(PLACEBO)
            .withNormalization(Normalization.PLACEBO_ADJUSTED);
        TimeCourseSettings percent = change.withNormalization(Normalization.PERCENT_OF_BASELINE);
        List<Marker> markers = new ArrayList<>();
        for (Map.Entry<String, List<PdSample>> e : samples.entrySet()) {
            List<PdSample> rows = e.getValue();
            markers.add(new Marker(e.getKey(), units.get(e.getKey()), new TimeCourseAnalyzer(change).analyze(rows),
                new TimeCourseAnalyzer(adjusted).analyze(rows), new TimeCourseAnalyzer(percent).analyze(rows)));
        }
        BiomarkerStep step = new BiomarkerStep(markers);
        step.write(Files.createDirectories(out.resolve(DIR)));
        return step;
    }

    private static TableLayout summaryLayout() {
        return TableLayout.builder().text("Marker").text("Unit").text("Group").number("Dose [mg]").number("Week")
            .add("n", ColumnKind.INTEGER).number("Mean change from baseline")
            .number("SD").number("95 % CI low").number("95 % CI high").number("Placebo-adjusted mean change")
            .number("Placebo-adjusted 95 % CI low").number("Placebo-adjusted 95 % CI high")
            .number("Mean % change from baseline").number("% change 95 % CI low").number("% change 95 % CI high")
            .build();
    }

    private void write(final Path dir) throws IOException {
        TableLayout layout = summaryLayout();
        try (Writer w = Files.newBufferedWriter(dir.resolve(SUMMARY), StandardCharsets.UTF_8)) {
            ResultTableCsv csv = new ResultTableCsv(w, layout);
            for (Marker m : m_markers) {
                for (GroupTimeSummary t : m.change().timeSummaries()) {
                    if (t.time() <= 0) {
                        continue;
                    }
                    DescriptiveSummary d = t.effect();
                    Optional<DescriptiveSummary> adj = adjusted(m, t.group(), t.time());
                    Optional<DescriptiveSummary> pct = summaryAt(m.percent(), t.group(), t.time());
                    csv.write(layout.row(List.of(ResultValue.text(m.name()), ResultValue.text(m.unit()),
                        ResultValue.text(t.group()), Cells.number(t.dose()), ResultValue.number(t.time()),
                        ResultValue.integer(d.n()), Cells.number(d.mean()), Cells.number(d.sd()),
                        Cells.number(d.ciLow()), Cells.number(d.ciHigh()), cell(adj, DescriptiveSummary::mean),
                        cell(adj, DescriptiveSummary::ciLow), cell(adj, DescriptiveSummary::ciHigh),
                        cell(pct, x -> x.mean() - 100), cell(pct, x -> x.ciLow() - 100),
                        cell(pct, x -> x.ciHigh() - 100))));
                }
            }
        }
        PanelGrid chart = chart();
        Files.write(dir.resolve(PLOT + ".png"), ChartRenderer.renderPng(chart, 1000, 720));
        Files.writeString(dir.resolve(PLOT + ".svg"), ChartRenderer.renderSvg(chart, 1000, 720),
            StandardCharsets.UTF_8);
    }

    /** @return the placebo-adjusted summary of an active group at a week; empty for placebo itself */
    private static Optional<DescriptiveSummary> adjusted(final Marker m, final String group, final double week) {
        return group.equals(PLACEBO) ? Optional.empty() : summaryAt(m.adjusted(), group, week);
    }

    private static Optional<DescriptiveSummary> summaryAt(final TimeCourseAnalysis a, final String group,
        final double week) {
        return a.timeSummaries().stream().filter(t -> t.group().equals(group) && t.time() == week).findFirst()
            .map(GroupTimeSummary::effect);
    }

    private static ResultValue cell(final Optional<DescriptiveSummary> d,
        final ToDoubleFunction<DescriptiveSummary> value) {
        return d.map(s -> Cells.number(value.applyAsDouble(s))).orElse(ResultValue.missing());
    }

    /** @return one panel per marker: the time-course chart of the change from baseline, titled by the marker */
    private PanelGrid chart() {
        List<XyChart> panels = new ArrayList<>();
        for (Marker m : m_markers) {
            XyChart c = TimeCourseChart.of(m.change(), false);
            // one legend, in the first panel: the groups' colours are the same in every panel
            panels.add(new XyChart(m.name(), "", c.xAxis(), AxisSpec.linear("Change from baseline [" + m.unit() + "]")
                .withGrid(true), c.series(), List.of(ReferenceLine.horizontal(0, "")),
                panels.isEmpty() ? c.legend() : LegendPosition.NONE));
        }
        return PanelGrid.of("Weekly biomarkers: change from baseline (mean \u00b1 SEM per group)", panels)
            .withColumns(2).withSharing(AxisSharing.INDEPENDENT).withItemName("markers");
    }

    /** @return per marker, the 4 mg (highest dose) change against placebo at week 12 */
    List<String> highlights() {
        List<String> lines = new ArrayList<>();
        for (Marker m : m_markers) {
            List<String> groups = m.change().groups();
            String top = groups.get(groups.size() - 1);
            for (double week : new double[] {2, 12}) {
                adjusted(m, top, week).ifPresent(d -> lines.add(m.name() + ", " + top + " vs placebo at week "
                    + HtmlReport.number(week) + ": " + signed(d.mean()) + " " + m.unit() + " (95 % CI "
                    + signed(d.ciLow()) + " to " + signed(d.ciHigh()) + ")"));
            }
        }
        return lines;
    }

    private static String signed(final double v) {
        return (v > 0 ? "+" : "") + HtmlReport.number(v);
    }

    /**
     * @param report the report to add this step's section to
     * @param base the output folder
     * @throws IOException when the plot cannot be read back
     */
    void report(final HtmlReport report, final Path base) throws IOException {
        report.section("biomarkers", "5. Weekly biomarkers");
        report.paragraph("Each marker was analysed as the PD Time-Course Analyzer node does, with time in weeks: a "
            + "patient's baseline is its week-0 value; the change from baseline is summarised per group and week "
            + "(mean, t-based 95 % CI); the placebo-adjusted change is each patient's change minus the placebo "
            + "group's mean change that week (its CI covers the active group's spread only, the placebo mean is "
            + "taken as known); the % change is the mean of each patient's 100 \u00b7 (value / baseline) \u2212 100. "
            + "Same as 'jakstat timecourse --time-unit week --normalization change-from-baseline' (or "
            + "placebo-adjusted --placebo-group placebo, or percent-of-baseline) on one marker's rows.");
        report.table("Mean change from baseline in the marker's unit by week, the % change at week 12, and the "
            + "change against placebo (95 % CI) (" + DIR + "/" + SUMMARY + " has every week)", tableLayout(),
            tableRows(), c -> false);
        report.paragraph("Markers that vary between patients by a factor (CRP: log-normal, the simulated fall "
            + "proportional to baseline) change in absolute units with the group's baseline; the % change compares "
            + "groups with different baselines better.");
        report.figure(Files.readString(base.resolve(DIR).resolve(PLOT + ".svg"), StandardCharsets.UTF_8), 1000,
            "Figure 6. Change from baseline per marker and group (mean \u00b1 SEM; the groups' colours, as in "
                + "the first panel's legend, are the same in every panel). " + DIR + "/" + PLOT + ".png and .svg.");
    }

    private static TableLayout tableLayout() {
        TableLayout.Builder b = TableLayout.builder().text("Marker").text("Group").number("Baseline (mean)");
        for (double w : SHOWN_WEEKS) {
            b.number("Week " + HtmlReport.number(w));
        }
        return b.text("Week 12, % change").text("Week 2 vs placebo").text("Week 12 vs placebo").build();
    }

    private List<ResultRow> tableRows() {
        TableLayout layout = tableLayout();
        List<ResultRow> rows = new ArrayList<>();
        for (Marker m : m_markers) {
            for (String g : m.change().groups()) {
                List<ResultValue> v = new ArrayList<>(List.of(ResultValue.text(m.name() + " [" + m.unit() + "]"),
                    ResultValue.text(g), Cells.number(m.change().metricSummaries().stream()
                        .filter(s -> s.group().equals(g) && s.metric() == PdMetric.BASELINE).findFirst()
                        .map(GroupMetricSummary::summary).map(DescriptiveSummary::mean).orElse(Double.NaN))));
                for (double w : SHOWN_WEEKS) {
                    v.add(Cells.number(summaryAt(m.change(), g, w).map(DescriptiveSummary::mean).orElse(Double.NaN)));
                }
                v.add(ResultValue.text(summaryAt(m.percent(), g, 12).map(d -> Cells.meanWithInterval(d.mean() - 100,
                    d.ciLow() - 100, d.ciHigh() - 100)).orElse("\u2013")));
                for (double w : new double[] {2, 12}) {
                    v.add(ResultValue.text(adjusted(m, g, w).map(d -> Cells.meanWithInterval(d.mean(), d.ciLow(),
                        d.ciHigh())).orElse("\u2013")));
                }
                rows.add(layout.row(v));
            }
        }
        return rows;
    }
}
