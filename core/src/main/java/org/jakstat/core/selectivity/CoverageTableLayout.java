package org.jakstat.core.selectivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;

/**
 * The Cytokine Pathway Coverage table: its columns, fixed by the settings and by whether a concentration-time
 * course is given, and its rows from {@link PathwayInhibition} (fixed concentrations) or
 * {@link PathwayTimeCoverage} (time course) results. Every censored quantity has a value and a qualifier column;
 * {@value #STATUS} is {@value #PREDICTED}, {@value #BOUND} or {@value #UNDETERMINED}, and {@value #REASON} holds the
 * notes.
 */
public final class CoverageTableLayout {

    /** Column: predicted, bound or undetermined. */
    public static final String STATUS = "Status";

    /** Column: the notes about the compound's input and the prediction. */
    public static final String REASON = "Reason";

    /** Column: where the pathway IC50 came from. */
    public static final String SOURCE = "Pathway IC50 source";

    /** Status: every value is an estimate. */
    public static final String PREDICTED = "predicted";

    /** Status: a value is a bound. */
    public static final String BOUND = "bound";

    /** Status: no value could be predicted. */
    public static final String UNDETERMINED = "undetermined";

    private final boolean m_subject;

    private final boolean m_regimen;

    private final ConcentrationUnit m_unit;

    private final TableLayout m_layout;

    /**
     * @param compoundColumn name of the potency table's compound column, reused
     * @param subjectColumn name of the course's subject column, when there is one
     * @param regimenColumn name of the course's regimen column, when there is one
     * @param timeCourse true for time-course metrics, false for fixed concentrations
     * @param unit the concentration unit of the output
     * @param timeUnit the time unit label
     */
    public CoverageTableLayout(final String compoundColumn, final Optional<String> subjectColumn,
        final Optional<String> regimenColumn, final boolean timeCourse, final ConcentrationUnit unit,
        final String timeUnit) {
        m_subject = subjectColumn.isPresent();
        m_regimen = regimenColumn.isPresent();
        m_unit = unit;
        TableLayout.Builder c = TableLayout.builder().text(compoundColumn);
        subjectColumn.ifPresent(c::text);
        regimenColumn.ifPresent(c::text);
        c.text("Cytokine").text("JAKs").text("Read-out");
        String u = unit.label();
        if (timeCourse) {
            addCensored(c, "Pathway IC50 (total) [" + u + "]");
            addCensored(c, "Time above 50 % inhibition [" + timeUnit + "]");
            addCensored(c, "Time above pathway IC50 [" + timeUnit + "]");
            addCensored(c, "Average inhibition [%]");
            c.number("Interval start [" + timeUnit + "]").number("Interval end [" + timeUnit + "]");
        } else {
            c.text("Concentration").number("Total concentration [" + u + "]").number("Free concentration [" + u
                + "]");
            addCensored(c, "Predicted inhibition [%]");
        }
        m_layout = c.text(SOURCE).text(STATUS).text(REASON).build();
    }

    private static void addCensored(final TableLayout.Builder c, final String name) {
        c.number(name).text(name.replaceAll(" \\[.*\\]$", "") + " qualifier");
    }

    /** @return the columns */
    public TableLayout layout() {
        return m_layout;
    }

    /**
     * @param compound the compound
     * @param pathway the pathway of the row
     * @param r the result at one concentration
     * @param notes notes about the compound's input, reported first
     * @return the row
     */
    public ResultRow fixedRow(final String compound, final CytokinePathway pathway, final PathwayInhibition r,
        final List<String> notes) {
        List<ResultValue> values = lead(compound, Optional.empty(), Optional.empty(), pathway);
        String why = reason(concat(notes, r.notes()));
        values.add(ResultValue.text(r.concentration()));
        values.add(ResultValue.number(m_unit.fromMolar(r.totalMolar())));
        values.add(ResultValue.number(m_unit.fromMolar(r.freeMolar())));
        values.add(CensoredResults.value(r.percentInhibition(), why));
        values.add(CensoredResults.qualifier(r.percentInhibition()));
        return trail(values, Optional.of(r.source()), List.of(r.percentInhibition()), concat(notes, r.notes()));
    }

    /**
     * @param compound the compound
     * @param subject the course's subject, when the course has one
     * @param regimen the course's regimen, when the course has one
     * @param pathway the pathway of the row
     * @param r the result over the course, or empty when there is no usable course
     * @param interval the dosing interval
     * @param notes notes about the compound's input and the course, reported first
     * @return the row
     */
    public ResultRow timeRow(final String compound, final Optional<String> subject, final Optional<String> regimen,
        final CytokinePathway pathway, final Optional<PathwayTimeCoverage> r, final DosingInterval interval,
        final List<String> notes) {
        List<ResultValue> values = lead(compound, subject, regimen, pathway);
        List<String> all = concat(notes, r.map(PathwayTimeCoverage::notes).orElse(List.of()));
        String why = reason(all);
        Optional<CensoredValue> ic50 = r.flatMap(PathwayTimeCoverage::pathwayIc50TotalMolar)
            .map(v -> new CensoredValue(m_unit.fromMolar(v.value()), v.qualifier()));
        List<Optional<CensoredValue>> measures = List.of(ic50, r.flatMap(PathwayTimeCoverage::timeAbove50Percent),
            r.flatMap(PathwayTimeCoverage::timeAboveIc50), r.flatMap(PathwayTimeCoverage::averagePercentInhibition));
        for (Optional<CensoredValue> v : measures) {
            values.add(CensoredResults.value(v, why));
            values.add(CensoredResults.qualifier(v));
        }
        values.add(ResultValue.number(interval.start()));
        values.add(ResultValue.number(interval.end()));
        return trail(values, r.map(PathwayTimeCoverage::source), measures, all);
    }

    private List<ResultValue> lead(final String compound, final Optional<String> subject,
        final Optional<String> regimen, final CytokinePathway pathway) {
        List<ResultValue> values = new ArrayList<>();
        values.add(ResultValue.text(compound));
        if (m_subject) {
            values.add(ResultValue.textOrMissing(subject));
        }
        if (m_regimen) {
            values.add(ResultValue.textOrMissing(regimen));
        }
        values.add(ResultValue.text(pathway.cytokine()));
        values.add(ResultValue.text(String.join(" + ", pathway.jaks())));
        values.add(ResultValue.text(pathway.readout()));
        return values;
    }

    private ResultRow trail(final List<ResultValue> values, final Optional<PotencySource> source,
        final List<Optional<CensoredValue>> measures, final List<String> notes) {
        values.add(ResultValue.textOrMissing(source.map(CoverageTableLayout::source)));
        values.add(ResultValue.text(status(measures)));
        values.add(ResultValue.joined(notes));
        return m_layout.row(values);
    }

    /**
     * @param row a row of this table
     * @return true when its status is {@value #UNDETERMINED}
     */
    public boolean isUndetermined(final ResultRow row) {
        int status = m_layout.indexOf(STATUS).orElseThrow();
        return row.value(status).equals(ResultValue.text(UNDETERMINED));
    }

    /**
     * @param values the row's censored values
     * @return {@value #PREDICTED} when every value is an estimate, {@value #BOUND} when one is a bound,
     *         {@value #UNDETERMINED} when none has a value
     */
    static String status(final List<Optional<CensoredValue>> values) {
        if (values.stream().allMatch(Optional::isEmpty)) {
            return UNDETERMINED;
        }
        return values.stream().flatMap(Optional::stream).anyMatch(CensoredValue::isBound) ? BOUND : PREDICTED;
    }

    /**
     * @param source where a pathway IC50 came from
     * @return how the {@value #SOURCE} column writes it
     */
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

    private static String reason(final List<String> notes) {
        return notes.isEmpty() ? UNDETERMINED : String.join("; ", notes);
    }

    private static List<String> concat(final List<String> a, final List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
