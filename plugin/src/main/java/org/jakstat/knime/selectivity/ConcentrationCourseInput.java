package org.jakstat.knime.selectivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.timecourse.PiecewiseLinearCurve;
import org.jakstat.knime.common.InputColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;

/**
 * Reads the concentration-time table (input 2) into one total-concentration curve (in M) per group of compound,
 * subject and regimen, the grouping columns being optional. Samples are put in time order; samples without a time
 * or a concentration are left out and counted in the group's notes; a group whose samples cannot form a curve
 * (fewer than two, repeated times) carries the reason instead of a curve.
 */
final class ConcentrationCourseInput {

    /**
     * One group's course.
     *
     * @param compound the compound, or null when the table has no compound column (the course then applies to
     *            every compound)
     * @param subject the subject, or null (no column or a missing cell)
     * @param regimen the regimen, or null (no column or a missing cell)
     * @param curve the total concentration over time, in M; empty when the samples cannot form one
     * @param notes what was left out, or why there is no curve
     */
    record Course(String compound, String subject, String regimen, Optional<PiecewiseLinearCurve> curve,
        List<String> notes) {
    }

    private record Sample(double time, double molar) {
    }

    private final int m_time;

    private final int m_concentration;

    private final int m_compound;

    private final int m_subject;

    private final int m_regimen;

    private final ConcentrationUnit m_unit;

    /**
     * @param spec the spec of input 2
     * @param s the settings
     * @throws InvalidSettingsException naming the setting and column at fault
     */
    ConcentrationCourseInput(final DataTableSpec spec, final CytokinePathwayCoverageSettings s)
        throws InvalidSettingsException {
        m_time = InputColumns.require(spec, s.m_timeColumn.getStringValue(), "Time column", DoubleValue.class,
            "numeric");
        m_concentration = InputColumns.require(spec, s.m_courseConcentrationColumn.getStringValue(),
            "Concentration column", DoubleValue.class, "numeric");
        m_compound = InputColumns.optional(spec, s.m_courseCompoundColumn.getStringValue(),
            "Concentration-time compound column", DataValue.class, "any");
        m_subject = InputColumns.optional(spec, s.m_subjectColumn.getStringValue(), "Subject column", DataValue.class,
            "any");
        m_regimen = InputColumns.optional(spec, s.m_regimenColumn.getStringValue(), "Regimen column", DataValue.class,
            "any");
        m_unit = s.concentrationUnit();
    }

    /** @return true when courses belong to compounds */
    boolean byCompound() {
        return m_compound >= 0;
    }

    /** @return the subject column's index, or -1 */
    int subjectColumn() {
        return m_subject;
    }

    /** @return the regimen column's index, or -1 */
    int regimenColumn() {
        return m_regimen;
    }

    /**
     * @param table input 2
     * @param warnings receives problems that belong to no course
     * @return one course per group, in the order groups first appear
     */
    List<Course> read(final BufferedDataTable table, final List<String> warnings) {
        Map<List<String>, List<Sample>> samples = new LinkedHashMap<>();
        Map<List<String>, Integer> incomplete = new LinkedHashMap<>();
        int withoutCompound = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                if (m_compound >= 0 && row.getCell(m_compound).isMissing()) {
                    withoutCompound++;
                    continue;
                }
                List<String> key = Arrays.asList(text(row, m_compound), text(row, m_subject), text(row, m_regimen));
                List<Sample> group = samples.computeIfAbsent(key, k -> new ArrayList<>());
                DataCell t = row.getCell(m_time);
                DataCell c = row.getCell(m_concentration);
                if (t.isMissing() || c.isMissing()) {
                    incomplete.merge(key, 1, Integer::sum);
                    continue;
                }
                group.add(new Sample(((DoubleValue)t).getDoubleValue(),
                    m_unit.toMolar(((DoubleValue)c).getDoubleValue())));
            }
        }
        if (withoutCompound > 0) {
            warnings.add(withoutCompound + " concentration-time row(s) without a compound were not used.");
        }
        List<Course> courses = new ArrayList<>();
        samples.forEach((key, list) -> courses.add(course(key, list, incomplete.getOrDefault(key, 0))));
        return courses;
    }

    private static Course course(final List<String> key, final List<Sample> samples, final int incomplete) {
        List<String> notes = new ArrayList<>();
        if (incomplete > 0) {
            notes.add(incomplete + " concentration-time sample(s) without a time or a concentration left out");
        }
        List<Sample> sorted = new ArrayList<>(samples);
        sorted.sort(Comparator.comparingDouble(Sample::time));
        double[] times = sorted.stream().mapToDouble(Sample::time).toArray();
        double[] values = sorted.stream().mapToDouble(Sample::molar).toArray();
        Optional<String> problem = PiecewiseLinearCurve.problemWith(times, values);
        problem.ifPresent(p -> notes.add("concentration-time course unusable: " + p));
        return new Course(key.get(0), key.get(1), key.get(2), problem.isPresent() ? Optional.empty()
            : Optional.of(PiecewiseLinearCurve.of(times, values)), notes);
    }

    private static String text(final DataRow row, final int column) {
        return column < 0 || row.getCell(column).isMissing() ? null : row.getCell(column).toString();
    }
}
