package org.jakstat.knime.timecourse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jakstat.core.timecourse.DescriptiveSummary;
import org.jakstat.core.timecourse.GroupMetricSummary;
import org.jakstat.core.timecourse.GroupTimeSummary;
import org.jakstat.core.timecourse.MetricValue;
import org.jakstat.core.timecourse.Normalization;
import org.jakstat.core.timecourse.PdMetric;
import org.jakstat.core.timecourse.SubjectResult;
import org.jakstat.core.timecourse.TimeUnit;
import org.jakstat.knime.common.OutputColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;

/**
 * The analyzer's first three output tables, their specs fixed by the settings (normalisation, time and dose unit)
 * and their rows from core's results: per-subject metrics with status and reason, the effect per group and time,
 * and each metric summarised per group. Column names carry units: {@code Time [h]}, {@code AUEC [% inhibition·h]}.
 * An undetermined number is a missing cell carrying the reason.
 */
final class TimeCourseTables {

    static final String STATUS = "Status";

    static final String REASON = "Reason";

    private static final String CI = "95 % CI";

    private final Normalization m_normalization;

    private final TimeUnit m_time;

    private final String m_doseUnit;

    private final DataTableSpec m_subjects;

    private final DataTableSpec m_perTime;

    private final DataTableSpec m_perMetric;

    /**
     * @param normalization the normalisation, for effect units
     * @param time the time unit
     * @param doseUnit the dose unit
     */
    TimeCourseTables(final Normalization normalization, final TimeUnit time, final String doseUnit) {
        m_normalization = normalization;
        m_time = time;
        m_doseUnit = doseUnit;
        m_subjects = subjectSpec();
        m_perTime = perTimeSpec();
        m_perMetric = perMetricSpec();
    }

    DataTableSpec subjectSpec() {
        OutputColumns c = groupAndDose();
        c.add("Subject", StringCell.TYPE);
        c.add(STATUS, StringCell.TYPE);
        c.add(REASON, StringCell.TYPE);
        c.add("Notes", StringCell.TYPE);
        c.add("Rows", IntCell.TYPE);
        c.add("Samples used", IntCell.TYPE);
        c.add("Baseline samples", IntCell.TYPE);
        for (PdMetric m : PdMetric.values()) {
            c.add(m.columnName(m_normalization, m_time), DoubleCell.TYPE);
            if (m.mayBeCensored()) {
                c.add(m.label() + " qualifier", StringCell.TYPE);
            }
        }
        return c.toSpec();
    }

    private DataTableSpec perTimeSpec() {
        OutputColumns c = groupAndDose();
        c.add("Time [" + m_time.label() + "]", DoubleCell.TYPE);
        String u = " [" + m_normalization.unit() + "]";
        c.add("n", IntCell.TYPE);
        for (String stat : List.of("Mean", "SD", "SEM", CI + " low", CI + " high")) {
            c.add(stat + u, DoubleCell.TYPE);
        }
        return c.toSpec();
    }

    private DataTableSpec perMetricSpec() {
        OutputColumns c = groupAndDose();
        c.add("Metric", StringCell.TYPE);
        c.add("n", IntCell.TYPE);
        c.add("Censored", IntCell.TYPE);
        c.add("Not determined", IntCell.TYPE);
        for (String stat : List.of("Mean", "SD", "SEM", CI + " low", CI + " high", "Median", "Min", "Max")) {
            c.add(stat, DoubleCell.TYPE);
        }
        return c.toSpec();
    }

    private OutputColumns groupAndDose() {
        OutputColumns c = new OutputColumns();
        c.add("Group", StringCell.TYPE);
        c.add("Dose [" + m_doseUnit + "]", DoubleCell.TYPE);
        return c;
    }

    DataTableSpec subjects() {
        return m_subjects;
    }

    DataTableSpec perTime() {
        return m_perTime;
    }

    DataTableSpec perMetric() {
        return m_perMetric;
    }

    /** @return the cells of a subject's row */
    List<DataCell> subjectRow(final SubjectResult s) {
        List<DataCell> cells = new ArrayList<>();
        cells.add(text(s.group()));
        cells.add(number(s.dose(), "no (consistent) dose"));
        cells.add(text(s.subject()));
        cells.add(new StringCell(s.status().name()));
        cells.add(text(s.reason()));
        cells.add(text(String.join("; ", s.notes())));
        cells.add(new IntCell(s.rows()));
        cells.add(new IntCell(s.samplesUsed()));
        cells.add(new IntCell(s.baselineSamples()));
        for (PdMetric m : PdMetric.values()) {
            MetricValue v = s.metrics().get(m);
            cells.add(number(v.value(), v.reason()));
            if (m.mayBeCensored()) {
                cells.add(text(v.qualifier()));
            }
        }
        return cells;
    }

    /** @return the cells of a group's effect at one time */
    List<DataCell> perTimeRow(final GroupTimeSummary t) {
        List<DataCell> cells = new ArrayList<>(List.of(text(t.group()), number(t.dose(), "no common dose"),
            new DoubleCell(t.time())));
        DescriptiveSummary d = t.effect();
        cells.add(new IntCell(d.n()));
        cells.add(new DoubleCell(d.mean()));
        addSpread(cells, d);
        return cells;
    }

    /** @return the cells of one metric's summary in one group */
    List<DataCell> perMetricRow(final GroupMetricSummary m) {
        List<DataCell> cells = new ArrayList<>(List.of(text(m.group()), number(m.dose(), "no common dose"),
            new StringCell(m.metric().columnName(m_normalization, m_time))));
        DescriptiveSummary d = m.summary();
        cells.add(new IntCell(d.n()));
        cells.add(new IntCell(m.censored()));
        cells.add(new IntCell(m.notDetermined()));
        cells.add(number(d.mean(), "no determined value"));
        addSpread(cells, d);
        cells.add(number(d.median(), "no determined value"));
        cells.add(number(d.min(), "no determined value"));
        cells.add(number(d.max(), "no determined value"));
        return cells;
    }

    private static void addSpread(final List<DataCell> cells, final DescriptiveSummary d) {
        String why = d.n() == 0 ? "no determined value" : "a single value has no spread";
        cells.add(number(d.sd(), why));
        cells.add(number(d.sem(), why));
        cells.add(number(d.ciLow(), why));
        cells.add(number(d.ciHigh(), why));
    }

    /**
     * @param value a number
     * @param reason why it may be NaN
     * @return a double cell, or a missing cell with the reason when the number is NaN
     */
    static DataCell number(final double value, final String reason) {
        return Double.isNaN(value) ? new MissingCell(reason) : new DoubleCell(value);
    }

    /** @param text a text @return a string cell, or a missing cell when blank */
    static DataCell text(final String text) {
        return text == null || text.isBlank() ? DataType.getMissingCell() : new StringCell(text);
    }

    /** @param value a number @return it as short text without trailing zeros, e.g. "4" or "0.5" */
    static String number(final double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
