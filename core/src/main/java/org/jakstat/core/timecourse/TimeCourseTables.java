package org.jakstat.core.timecourse;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.CurveParameter;
import org.jakstat.core.doseresponse.PotencyEstimate;
import org.jakstat.core.fit.ParameterEstimate;
import org.jakstat.core.table.ColumnKind;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;

/**
 * The four result tables of a time-course analysis, defined once for the PD Time-Course Analyzer node (outputs 1-4)
 * and {@code jakstat timecourse}: per-subject metrics with status and reason, the effect per group and time, each
 * metric summarised per group, and the dose-dependence fit. The layouts follow from the settings alone; column
 * names carry units ({@code Time [h]}, {@code AUEC [% inhibition·h]}, {@code ED50 [mg]}). A number that could not
 * be determined is a missing value carrying the reason.
 */
public final class TimeCourseTables {

    /** Column: the subject's status (a {@link SubjectStatus} name) or the fit's status. */
    public static final String STATUS = "Status";

    /** Column: why a subject has no metrics, or why the fit has no estimates. */
    public static final String REASON = "Reason";

    private static final String CI = "95 % CI";

    private static final String NO_VALUE = "no determined value";

    private final Normalization m_normalization;

    private final TimeUnit m_time;

    private final TableLayout m_subjects;

    private final TableLayout m_perTime;

    private final TableLayout m_perMetric;

    private final TableLayout m_dose;

    /**
     * @param settings the analysis settings: normalisation, time unit and dose metric decide the layouts
     * @param doseUnit the unit of the doses, e.g. "mg"
     */
    public TimeCourseTables(final TimeCourseSettings settings, final String doseUnit) {
        m_normalization = settings.normalization();
        m_time = settings.timeUnit();
        String dose = "Dose [" + doseUnit + "]";
        m_subjects = subjectLayout(dose);
        String u = " [" + m_normalization.unit() + "]";
        TableLayout.Builder t = TableLayout.builder().text("Group").number(dose).number("Time [" + m_time.label() + "]")
            .add("n", ColumnKind.INTEGER);
        for (String stat : List.of("Mean", "SD", "SEM", CI + " low", CI + " high")) {
            t.number(stat + u);
        }
        m_perTime = t.build();
        TableLayout.Builder m = TableLayout.builder().text("Group").number(dose).text("Metric")
            .add("n", ColumnKind.INTEGER).add("Censored", ColumnKind.INTEGER).add("Not determined", ColumnKind.INTEGER);
        for (String stat : List.of("Mean", "SD", "SEM", CI + " low", CI + " high", "Median", "Min", "Max")) {
            m.number(stat);
        }
        m_perMetric = m.build();
        m_dose = doseLayout(settings, doseUnit);
    }

    private TableLayout subjectLayout(final String dose) {
        TableLayout.Builder b = TableLayout.builder().text("Group").number(dose).text("Subject").text(STATUS)
            .text(REASON).text("Notes").add("Rows", ColumnKind.INTEGER).add("Samples used", ColumnKind.INTEGER)
            .add("Baseline samples", ColumnKind.INTEGER);
        for (PdMetric m : PdMetric.values()) {
            b.number(m.columnName(m_normalization, m_time));
            if (m.mayBeCensored()) {
                b.text(m.label() + " qualifier");
            }
        }
        return b.build();
    }

    private TableLayout doseLayout(final TimeCourseSettings settings, final String doseUnit) {
        String u = settings.doseMetric().map(m -> " [" + m.unit(m_normalization, m_time) + "]").orElse("");
        String d = " [" + doseUnit + "]";
        TableLayout.Builder b = TableLayout.builder();
        for (String text : List.of("Metric", "Model", STATUS, REASON, "QC flags", "QC reasons", "Notes")) {
            b.text(text);
        }
        b.add("Subjects", ColumnKind.INTEGER).add("Dose levels", ColumnKind.INTEGER);
        for (String number : List.of("E0" + u, "E0 SE" + u, "Top" + u, "Top SE" + u, "Emax" + u, "Hill", "Hill SE",
            "ED50" + d)) {
            b.number(number);
        }
        b.text("ED50 qualifier");
        for (String number : List.of("ED50 " + CI + " low" + d, "ED50 " + CI + " high" + d, "R2", "Sy.x" + u)) {
            b.number(number);
        }
        return b.build();
    }

    /** @return per subject: group, dose, subject, status, reason, notes, counts, every metric (with qualifiers) */
    public TableLayout subjects() {
        return m_subjects;
    }

    /** @return per group and time: n, mean, SD, SEM and the 95 % CI of the mean of the effect */
    public TableLayout perTime() {
        return m_perTime;
    }

    /** @return per group and metric: counts, mean, SD, SEM, 95 % CI, median, min and max */
    public TableLayout perMetric() {
        return m_perMetric;
    }

    /** @return the dose-dependence fit: one row when a dose metric is set, none otherwise */
    public TableLayout doseDependence() {
        return m_dose;
    }

    /**
     * @param s a subject's result
     * @return its row of {@link #subjects()}
     */
    public ResultRow subjectRow(final SubjectResult s) {
        List<ResultValue> v = new ArrayList<>(List.of(text(s.group()), number(s.dose(), "no (consistent) dose"),
            text(s.subject()), ResultValue.text(s.status().name()), text(s.reason()), ResultValue.joined(s.notes()),
            ResultValue.integer(s.rows()), ResultValue.integer(s.samplesUsed()),
            ResultValue.integer(s.baselineSamples())));
        for (PdMetric m : PdMetric.values()) {
            MetricValue value = s.metrics().get(m);
            v.add(number(value.value(), value.reason()));
            if (m.mayBeCensored()) {
                v.add(text(value.qualifier()));
            }
        }
        return m_subjects.row(v);
    }

    /**
     * @param t a group's effect at one time
     * @return its row of {@link #perTime()}
     */
    public ResultRow perTimeRow(final GroupTimeSummary t) {
        DescriptiveSummary d = t.effect();
        List<ResultValue> v = new ArrayList<>(List.of(text(t.group()), number(t.dose(), "no common dose"),
            ResultValue.number(t.time()), ResultValue.integer(d.n()), ResultValue.number(d.mean())));
        addSpread(v, d);
        return m_perTime.row(v);
    }

    /**
     * @param m one metric's summary in one group
     * @return its row of {@link #perMetric()}
     */
    public ResultRow perMetricRow(final GroupMetricSummary m) {
        DescriptiveSummary d = m.summary();
        List<ResultValue> v = new ArrayList<>(List.of(text(m.group()), number(m.dose(), "no common dose"),
            ResultValue.text(m.metric().columnName(m_normalization, m_time)), ResultValue.integer(d.n()),
            ResultValue.integer(m.censored()), ResultValue.integer(m.notDetermined()), number(d.mean(), NO_VALUE)));
        addSpread(v, d);
        v.add(number(d.median(), NO_VALUE));
        v.add(number(d.min(), NO_VALUE));
        v.add(number(d.max(), NO_VALUE));
        return m_perMetric.row(v);
    }

    private static void addSpread(final List<ResultValue> v, final DescriptiveSummary d) {
        String why = d.n() == 0 ? NO_VALUE : "a single value has no spread";
        v.add(number(d.sd(), why));
        v.add(number(d.sem(), why));
        v.add(number(d.ciLow(), why));
        v.add(number(d.ciHigh(), why));
    }

    /**
     * @param dd the dose-dependence fit
     * @return its row of {@link #doseDependence()}: E0 = Bottom, Top, Emax = Top - E0, Hill with SEs, the ED50
     *         (the bound when censored, then without an interval), R2 and Sy.x
     */
    public ResultRow doseRow(final DoseDependence dd) {
        CurveFitResult fit = dd.fit();
        String why = fit.statusReason();
        List<ResultValue> v = new ArrayList<>(List.of(
            ResultValue.text(dd.metric().columnName(m_normalization, m_time)), ResultValue.text(dd.model().label()),
            ResultValue.text(fit.status().name()), text(why), text(String.join(", ", dd.flags())),
            text(String.join("; ", dd.qcReasons())), ResultValue.joined(dd.notes()),
            ResultValue.integer(dd.subjects()), ResultValue.integer(dd.doseLevels())));
        ParameterEstimate e0 = fit.parameter(CurveParameter.BOTTOM);
        ParameterEstimate top = fit.parameter(CurveParameter.TOP);
        ParameterEstimate hill = fit.parameter(CurveParameter.HILL_SLOPE);
        for (double x : new double[] {e0.value(), e0.standardError(), top.value(), top.standardError(),
            top.value() - e0.value(), hill.value(), hill.standardError()}) {
            v.add(number(x, why));
        }
        PotencyEstimate ed50 = fit.ic50();
        boolean determined = !Double.isNaN(ed50.logValue()) || ed50.isCensored();
        v.add(determined ? ResultValue.number(ed50.reportedMolar()) : ResultValue.missing(why));
        v.add(text(ed50.censoring().qualifier()));
        String noInterval = ed50.isCensored() ? "ED50 censored: no interval" : why;
        v.add(ed50.isCensored() ? ResultValue.missing(noInterval) : number(ed50.lowerMolar(), noInterval));
        v.add(ed50.isCensored() ? ResultValue.missing(noInterval) : number(ed50.upperMolar(), noInterval));
        v.add(number(fit.statistics().goodness().rSquared(), why));
        v.add(number(fit.statistics().goodness().syx(), why));
        return m_dose.row(v);
    }

    /** @return the number, or a missing value with the reason when it is NaN */
    private static ResultValue number(final double value, final String reason) {
        return Double.isNaN(value) ? ResultValue.missing(reason) : ResultValue.number(value);
    }

    /** @return the text, or a missing value when it is blank */
    private static ResultValue text(final String text) {
        return text == null || text.isBlank() ? ResultValue.missing() : ResultValue.text(text);
    }
}
