package org.jakstat.core.selectivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.potency.Qualifier;

/**
 * Collects the rows of a long potency table (one row per compound, kinase and measurement) into the
 * {@link SelectivityScorer}'s input, compound by compound in the order compounds first appear. A row whose texts
 * cannot form a measurement (unknown qualifier, value type or unit) is not passed on: it becomes a note of its
 * compound, so nothing is dropped silently. Values the scorer judges itself (missing or impossible values, missing
 * kinase, missing [ATP]) are passed on and judged there.
 */
public final class LongPotencyTable {

    /**
     * The measurements of one compound, and what was wrong with its rows that could not be read.
     *
     * @param name the compound
     * @param measurements its measurements, in row order
     * @param rowNotes one note per row that could not be read, e.g. "line 17: unknown qualifier 'about' ..."
     */
    public record Compound(String name, List<KinaseMeasurement> measurements, List<String> rowNotes) {

        /** Copies the lists. */
        public Compound {
            measurements = List.copyOf(measurements);
            rowNotes = List.copyOf(rowNotes);
        }

        /** @return the scorer's input for this compound */
        public CompoundMeasurements toCore() {
            return new CompoundMeasurements(name, measurements);
        }
    }

    private static final List<String> SCALE_LABELS = Arrays.stream(PotencyScale.values()).map(PotencyScale::label)
        .toList();

    private final ValueType m_valueType;

    private final PotencyScale m_unit;

    private final ConcentrationUnit m_atpUnit;

    private final Map<String, List<KinaseMeasurement>> m_measurements = new LinkedHashMap<>();

    private final Map<String, List<String>> m_notes = new LinkedHashMap<>();

    /**
     * @param valueType the value type of rows that do not state one
     * @param unit the scale of values of rows that do not state one
     * @param atpUnit the unit of [ATP] and Km,ATP
     */
    public LongPotencyTable(final ValueType valueType, final PotencyScale unit, final ConcentrationUnit atpUnit) {
        m_valueType = valueType;
        m_unit = unit;
        m_atpUnit = atpUnit;
    }

    /**
     * Adds one row.
     *
     * @param compound the row's compound
     * @param rowLabel how a note names the row, e.g. "row Row16" or "line 17"
     * @param row the row's cells
     */
    public void add(final String compound, final String rowLabel, final PotencyRow row) {
        List<KinaseMeasurement> measurements = m_measurements.computeIfAbsent(compound, k -> new ArrayList<>());
        List<String> notes = m_notes.computeIfAbsent(compound, k -> new ArrayList<>());
        Optional<Qualifier> qualifier = row.qualifier().isEmpty() ? Optional.of(Qualifier.EQUAL)
            : Qualifier.parse(row.qualifier().get());
        Optional<ValueType> type = row.valueType().isEmpty() ? Optional.of(m_valueType)
            : ValueType.parse(row.valueType().get());
        Optional<PotencyScale> scale = row.unit().isEmpty() ? Optional.of(m_unit) : PotencyScale.parse(row.unit()
            .get());
        String problem = null;
        if (qualifier.isEmpty()) {
            problem = "unknown qualifier '" + row.qualifier().get() + "' (expected =, <, <=, >, >=, ~)";
        } else if (type.isEmpty()) {
            problem = "unknown value type '" + row.valueType().get() + "' (expected IC50, Ki or Kd)";
        } else if (scale.isEmpty()) {
            problem = "unknown unit '" + row.unit().get() + "' (expected one of " + SCALE_LABELS + ")";
        }
        if (problem != null) {
            notes.add(rowLabel + ": " + problem + "; measurement not used");
            return;
        }
        KinaseMeasurement m = KinaseMeasurement.of(row.kinase(), row.value(), scale.get(), qualifier.get(),
            type.get());
        if (row.atp().isPresent()) {
            m = m.withAtpMolar(m_atpUnit.toMolar(row.atp().getAsDouble()));
        }
        if (row.kmAtp().isPresent()) {
            m = m.withKmAtpMolar(m_atpUnit.toMolar(row.kmAtp().getAsDouble()));
        }
        measurements.add(m);
    }

    /** @return one entry per compound, in the order compounds first appeared */
    public List<Compound> compounds() {
        List<Compound> result = new ArrayList<>();
        m_measurements.forEach((name, m) -> result.add(new Compound(name, m, m_notes.get(name))));
        return result;
    }
}
