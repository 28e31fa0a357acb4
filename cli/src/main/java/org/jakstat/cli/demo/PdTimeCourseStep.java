package org.jakstat.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.jakstat.cli.MalformedInputException;
import org.jakstat.cli.TimecourseCommand;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;
import org.jakstat.core.timecourse.DescriptiveSummary;
import org.jakstat.core.timecourse.GroupMetricSummary;
import org.jakstat.core.timecourse.GroupTimeSummary;
import org.jakstat.core.timecourse.PdMetric;
import org.jakstat.core.timecourse.TimeCourseAnalysis;
import org.jakstat.core.timecourse.TimeCourseSettings;
import org.jakstat.core.timecourse.TimeCourseTables;

/**
 * Step 3: the whole-blood pSTAT3 time courses by {@code jakstat timecourse} (the PD Time-Course Analyzer node's
 * core): % inhibition of the background-subtracted stimulated signal against each subject's pre-dose sample, the
 * metrics of Phoenix WinNonlin's NCA model 220 per subject, group means with 95 % CIs, and Rmax against dose.
 */
final class PdTimeCourseStep {

    /** Folder of this step's files. */
    static final String DIR = "3-pd-timecourse";

    /** The effect threshold for time above, onset and duration [% inhibition]. */
    static final double THRESHOLD = 20;

    private static final List<PdMetric> SHOWN = List.of(PdMetric.RMAX, PdMetric.TMAX, PdMetric.AUEC,
        PdMetric.TIME_ABOVE_THRESHOLD, PdMetric.ONSET, PdMetric.DURATION, PdMetric.RETURN_TO_BASELINE);

    private final Path m_dir;

    private final StepCommand m_command;

    private final TimeCourseAnalysis m_analysis;

    private PdTimeCourseStep(final Path dir, final StepCommand command, final TimeCourseAnalysis analysis) {
        m_dir = dir;
        m_command = command;
        m_analysis = analysis;
    }

    /**
     * @param pstat3 the pSTAT3 time-course CSV
     * @param out the demo's output folder
     * @return the analysed step
     * @throws IOException when a file cannot be read or written
     * @throws MalformedInputException when the file is not in the example's format
     */
    static PdTimeCourseStep run(final Path pstat3, final Path out) throws IOException, MalformedInputException {
        Path dir = out.resolve(DIR);
        StepCommand command = new StepCommand("timecourse", List.of("--input", pstat3.toString(), "--out",
            dir.toString(), "--subject-column", "subject", "--group-column", "group", "--dose-column", "dose [mg]",
            "--time-column", "time [h]", "--response-column", "pSTAT3 stimulated [MFI]", "--unstimulated-column",
            "pSTAT3 unstimulated [MFI]", "--normalization", "percent-inhibition", "--threshold",
            Double.toString(THRESHOLD), "--dose-metric", "rmax", "--dose-model", "emax", "--individual-lines"));
        TimecourseCommand tc = command.parse(new TimecourseCommand());
        TimeCourseAnalysis analysis = tc.analyse().analysis();
        tc.write(analysis);
        return new PdTimeCourseStep(dir, command, analysis);
    }

    /** @return the analysis (each subject's % inhibition profile feeds the PK/PD fit) */
    TimeCourseAnalysis analysis() {
        return m_analysis;
    }

    /** @return one line per dosed group for the summary */
    List<String> highlights() {
        List<String> lines = new ArrayList<>();
        for (String group : m_analysis.groups()) {
            Optional<GroupMetricSummary> rmax = metric(group, PdMetric.RMAX);
            Optional<GroupMetricSummary> tmax = metric(group, PdMetric.TMAX);
            Optional<GroupMetricSummary> auec = metric(group, PdMetric.AUEC);
            if (rmax.isEmpty() || tmax.isEmpty() || auec.isEmpty()) {
                continue;
            }
            DescriptiveSummary r = rmax.get().summary();
            lines.add("pSTAT3 " + group + ": maximum inhibition " + Cells.meanWithInterval(r.mean(), r.ciLow(),
                r.ciHigh()) + " % at " + HtmlReport.number(tmax.get().summary().mean(), 3) + " h (means of the "
                + "subjects' values), AUEC(0\u201324 h) " + HtmlReport.number(auec.get().summary().mean(), 3)
                + " %\u00b7h");
        }
        return lines;
    }

    /** @return the flagged subjects and the dose-dependence fit's QC flags */
    List<String> qcFindings() {
        List<String> lines = new ArrayList<>();
        m_analysis.subjects().stream().filter(s -> !s.isOk()).forEach(s -> lines.add("pSTAT3 subject " + s.subject()
            + " (" + s.group() + "): " + s.status() + " \u2013 " + s.reason()));
        m_analysis.doseDependence().ifPresent(d -> d.qcReasons().forEach(q -> lines.add("pSTAT3 Rmax against dose ("
            + d.model().label() + "): " + q)));
        return lines;
    }

    private Optional<GroupMetricSummary> metric(final String group, final PdMetric metric) {
        return m_analysis.metricSummaries().stream().filter(m -> m.group().equals(group) && m.metric() == metric)
            .findFirst();
    }

    /**
     * @param report the report to add this step's section to
     * @param base the output folder (commands are shown relative to it)
     * @throws IOException when the plot cannot be read back
     */
    void report(final HtmlReport report, final Path base) throws IOException {
        TimeCourseSettings s = m_analysis.settings();
        report.section("pd-timecourse", "3. pSTAT3 time course (PD metrics)");
        report.paragraph("Each subject's baseline is its pre-dose sample (time 0). % inhibition = 100 \u00b7 (1 \u2212 "
            + "(S_t \u2212 U_t) / (S_0 \u2212 U_0)), S the IL-6-stimulated and U the unstimulated pSTAT3 signal "
            + "(background subtraction). Per subject, the metrics of Phoenix WinNonlin's NCA model 220 (drug effect) "
            + "and PKNCA: maximum inhibition Rmax and its time Tmax, AUEC over 0\u201324 h by the linear trapezoidal "
            + "rule, time above " + HtmlReport.number(THRESHOLD) + " % inhibition, onset and duration of that effect "
            + "(crossings linearly interpolated), return to within " + HtmlReport.number(s.returnWithinPercent())
            + " points of baseline. Groups: mean with its t-based 95 % CI over the subjects with a value; '[k of n]' "
            + "when some subjects have none (their reason is in subjects.csv).");
        report.table("Mean % inhibition (95 % CI) by time (" + DIR + "/per-time.csv)", timeLayout(), timeRows(),
            c -> false);
        report.table("Group mean (95 % CI) of the per-subject metrics (" + DIR + "/metrics.csv; per subject: " + DIR
            + "/subjects.csv)", metricLayout(), metricRows(), c -> false);
        if (m_analysis.doseDependence().isPresent()) {
            TimeCourseTables t = new TimeCourseTables(s, "mg");
            var dose = m_analysis.doseDependence().get();
            report.table("Rmax against dose (" + DIR + "/dose-dependence.csv)", t.doseDependence(),
                List.of(t.doseRow(dose)), List.of("Metric", "Model", "Status", "Subjects", "Dose levels",
                    "E0 [% inhibition]", "Emax [% inhibition]", "ED50 qualifier", "ED50 [mg]", "R2", "QC flags"),
                c -> c.equals("QC flags"));
            if (!dose.qcReasons().isEmpty()) {
                report.note("Rmax against dose: " + String.join("; ", dose.qcReasons()) + ". With "
                    + dose.doseLevels() + " dose levels the plateau of the Emax curve is not defined by the data.");
            }
        }
        report.figure(Files.readString(m_dir.resolve("time-course.svg"), StandardCharsets.UTF_8), 760,
            "Figure 4. pSTAT3 % inhibition over time per dose group: mean \u00b1 SEM, thin lines the subjects; dashed "
                + "the " + HtmlReport.number(THRESHOLD) + " % threshold. " + DIR + "/time-course.png and .svg.");
        report.paragraph("Reproduce this step:");
        report.code(m_command.display(base));
    }

    private TableLayout timeLayout() {
        TableLayout.Builder b = TableLayout.builder().number("Time [h]");
        m_analysis.groups().forEach(g -> b.text(g));
        return b.build();
    }

    private List<ResultRow> timeRows() {
        TableLayout layout = timeLayout();
        TreeSet<Double> times = new TreeSet<>();
        m_analysis.timeSummaries().forEach(t -> times.add(t.time()));
        List<ResultRow> rows = new ArrayList<>();
        for (double time : times) {
            List<ResultValue> v = new ArrayList<>(List.of(ResultValue.number(time)));
            for (String g : m_analysis.groups()) {
                Optional<GroupTimeSummary> t = m_analysis.timeSummaries().stream()
                    .filter(x -> x.group().equals(g) && x.time() == time).findFirst();
                v.add(ResultValue.text(t.map(x -> Cells.meanWithInterval(x.effect().mean(), x.effect().ciLow(),
                    x.effect().ciHigh())).orElse("\u2013")));
            }
            rows.add(layout.row(v));
        }
        return rows;
    }

    private TableLayout metricLayout() {
        TableLayout.Builder b = TableLayout.builder().text("Metric");
        m_analysis.groups().forEach(g -> b.text(g));
        return b.build();
    }

    private List<ResultRow> metricRows() {
        TableLayout layout = metricLayout();
        TimeCourseSettings s = m_analysis.settings();
        List<ResultRow> rows = new ArrayList<>();
        for (PdMetric metric : SHOWN) {
            List<ResultValue> v = new ArrayList<>(List.of(ResultValue.text(metric.columnName(s.normalization(),
                s.timeUnit()))));
            for (String g : m_analysis.groups()) {
                v.add(ResultValue.text(metric(g, metric).map(PdTimeCourseStep::cell).orElse("\u2013")));
            }
            rows.add(layout.row(v));
        }
        return rows;
    }

    private static String cell(final GroupMetricSummary m) {
        DescriptiveSummary d = m.summary();
        int all = d.n() + m.censored() + m.notDetermined();
        String text = d.n() == 0 ? "none" : Cells.meanWithInterval(d.mean(), d.ciLow(), d.ciHigh());
        return d.n() == all ? text : text + " [" + d.n() + " of " + all + "]";
    }
}
