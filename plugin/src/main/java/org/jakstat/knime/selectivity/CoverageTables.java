package org.jakstat.knime.selectivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.selectivity.CensoredValue;
import org.jakstat.core.selectivity.CytokinePathway;
import org.jakstat.core.selectivity.DosingInterval;
import org.jakstat.core.selectivity.PathwayInhibition;
import org.jakstat.core.selectivity.PathwayTimeCoverage;
import org.jakstat.core.selectivity.PotencySource;
import org.jakstat.knime.common.OutputColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;

/**
 * The pathway coverage output table: its spec, fixed by the settings and by whether a concentration-time table is
 * connected, and its rows from core's {@link PathwayInhibition} (fixed concentrations) or
 * {@link PathwayTimeCoverage} (time course) results.
 */
final class CoverageTables {

    static final String STATUS = "Status";

    static final String REASON = "Reason";

    static final String SOURCE = "Pathway IC50 source";

    static final String PREDICTED = "predicted";

    static final String BOUND = "bound";

    static final String UNDETERMINED = "undetermined";

    private final boolean m_timeCourse;

    private final boolean m_subject;

    private final boolean m_regimen;

    private final ConcentrationUnit m_unit;

    private final DataTableSpec m_spec;

    /**
     * @param compoundColumn name of the potency table's compound column, reused
     * @param subjectColumn name of the course's subject column, when there is one
     * @param regimenColumn name of the course's regimen column, when there is one
     * @param timeCourse true for time-course metrics, false for fixed concentrations
     * @param unit the concentration unit of the output
     * @param timeUnit the time unit label
     */
    CoverageTables(final String compoundColumn, final Optional<String> subjectColumn,
        final Optional<String> regimenColumn, final boolean timeCourse, final ConcentrationUnit unit,
        final String timeUnit) {
        m_timeCourse = timeCourse;
        m_subject = subjectColumn.isPresent();
        m_regimen = regimenColumn.isPresent();
        m_unit = unit;
        OutputColumns c = new OutputColumns();
        c.add(compoundColumn, StringCell.TYPE);
        subjectColumn.ifPresent(n -> c.add(n, StringCell.TYPE));
        regimenColumn.ifPresent(n -> c.add(n, StringCell.TYPE));
        c.add("Cytokine", StringCell.TYPE);
        c.add("JAKs", StringCell.TYPE);
        c.add("Read-out", StringCell.TYPE);
        String u = unit.label();
        if (timeCourse) {
            addCensored(c, "Pathway IC50 (total) [" + u + "]");
            addCensored(c, "Time above 50 % inhibition [" + timeUnit + "]");
            addCensored(c, "Time above pathway IC50 [" + timeUnit + "]");
            addCensored(c, "Average inhibition [%]");
            c.add("Interval start [" + timeUnit + "]", DoubleCell.TYPE);
            c.add("Interval end [" + timeUnit + "]", DoubleCell.TYPE);
        } else {
            c.add("Concentration", StringCell.TYPE);
            c.add("Total concentration [" + u + "]", DoubleCell.TYPE);
            c.add("Free concentration [" + u + "]", DoubleCell.TYPE);
            addCensored(c, "Predicted inhibition [%]");
        }
        c.add(SOURCE, StringCell.TYPE);
        c.add(STATUS, StringCell.TYPE);
        c.add(REASON, StringCell.TYPE);
        m_spec = c.toSpec();
    }

    private static void addCensored(final OutputColumns c, final String name) {
        c.add(name, DoubleCell.TYPE);
        c.add(name.replaceAll(" \\[.*\\]$", "") + " qualifier", StringCell.TYPE);
    }

    DataTableSpec spec() {
        return m_spec;
    }

    boolean isTimeCourse() {
        return m_timeCourse;
    }

    /**
     * @param compound the compound
     * @param pathway the pathway of the row
     * @param r core's result at one concentration
     * @param notes notes about the compound's input, reported first
     * @return the row's cells
     */
    List<DataCell> fixedRow(final String compound, final CytokinePathway pathway, final PathwayInhibition r,
        final List<String> notes) {
        List<DataCell> cells = lead(compound, null, null, pathway);
        String why = reason(notes, r.notes(), "undetermined");
        cells.add(new StringCell(r.concentration()));
        cells.add(new DoubleCell(m_unit.fromMolar(r.totalMolar())));
        cells.add(new DoubleCell(m_unit.fromMolar(r.freeMolar())));
        cells.add(CensoredCells.value(r.percentInhibition(), why));
        cells.add(CensoredCells.qualifier(r.percentInhibition()));
        return trail(cells, Optional.of(r.source()), List.of(r.percentInhibition()), concat(notes, r.notes()));
    }

    /**
     * @param compound the compound
     * @param course the course the row summarises
     * @param pathway the pathway of the row
     * @param r core's result over the course, or empty when there is no usable course
     * @param interval the dosing interval
     * @param notes notes about the compound's input and the course, reported first
     * @return the row's cells
     */
    List<DataCell> timeRow(final String compound, final ConcentrationCourseInput.Course course,
        final CytokinePathway pathway, final Optional<PathwayTimeCoverage> r, final DosingInterval interval,
        final List<String> notes) {
        List<DataCell> cells = lead(compound, course.subject(), course.regimen(), pathway);
        List<String> all = concat(notes, r.map(PathwayTimeCoverage::notes).orElse(List.of()));
        String why = reason(all, List.of(), "undetermined");
        Optional<CensoredValue> ic50 = r.flatMap(PathwayTimeCoverage::pathwayIc50TotalMolar)
            .map(v -> new CensoredValue(m_unit.fromMolar(v.value()), v.qualifier()));
        List<Optional<CensoredValue>> values = List.of(ic50, r.flatMap(PathwayTimeCoverage::timeAbove50Percent),
            r.flatMap(PathwayTimeCoverage::timeAboveIc50), r.flatMap(PathwayTimeCoverage::averagePercentInhibition));
        for (Optional<CensoredValue> v : values) {
            cells.add(CensoredCells.value(v, why));
            cells.add(CensoredCells.qualifier(v));
        }
        cells.add(new DoubleCell(interval.start()));
        cells.add(new DoubleCell(interval.end()));
        return trail(cells, r.map(PathwayTimeCoverage::source), values, all);
    }

    private List<DataCell> lead(final String compound, final String subject, final String regimen,
        final CytokinePathway pathway) {
        List<DataCell> cells = new ArrayList<>();
        cells.add(new StringCell(compound));
        if (m_subject) {
            cells.add(CensoredCells.text(subject));
        }
        if (m_regimen) {
            cells.add(CensoredCells.text(regimen));
        }
        cells.add(new StringCell(pathway.cytokine()));
        cells.add(new StringCell(String.join(" + ", pathway.jaks())));
        cells.add(new StringCell(pathway.readout()));
        return cells;
    }

    private static List<DataCell> trail(final List<DataCell> cells, final Optional<PotencySource> source,
        final List<Optional<CensoredValue>> values, final List<String> notes) {
        cells.add(source.<DataCell> map(s -> new StringCell(source(s))).orElseGet(DataType::getMissingCell));
        cells.add(new StringCell(status(values)));
        cells.add(CensoredCells.text(notes));
        return cells;
    }

    /** @return "predicted" when every value is an estimate, "bound" when one is a bound, "undetermined" if none */
    static String status(final List<Optional<CensoredValue>> values) {
        if (values.stream().allMatch(Optional::isEmpty)) {
            return UNDETERMINED;
        }
        return values.stream().flatMap(Optional::stream).anyMatch(CensoredValue::isBound) ? BOUND : PREDICTED;
    }

    static String source(final PotencySource source) {
        switch (source) {
            case CELLULAR_IC50:
                return "measured (cellular IC50)";
            case JAK_POTENCIES:
                return "enzyme-derived (JAK potencies)";
            default:
                return "none";
        }
    }

    private static String reason(final List<String> first, final List<String> then, final String fallback) {
        List<String> all = concat(first, then);
        return all.isEmpty() ? fallback : String.join("; ", all);
    }

    private static List<String> concat(final List<String> a, final List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
