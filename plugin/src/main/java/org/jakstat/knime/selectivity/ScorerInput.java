package org.jakstat.knime.selectivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.potency.Qualifier;
import org.jakstat.core.selectivity.CompoundMeasurements;
import org.jakstat.core.selectivity.KinaseMeasurement;
import org.jakstat.core.selectivity.ValueType;
import org.jakstat.knime.common.InputColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/**
 * Reads the scorer's long input table (one row per compound, kinase and measurement) into core's
 * {@link CompoundMeasurements}, and the optional Km,ATP table into a map. A row whose cells cannot form a
 * measurement (unknown qualifier, value type or unit) is not passed on; it becomes a note of its compound instead,
 * so nothing is dropped silently. Values core can judge itself (missing or impossible values, missing kinase,
 * missing [ATP]) are passed on and judged there.
 */
final class ScorerInput {

    /** The measurements of one compound, and what was wrong with rows that could not be read. */
    record Compound(String name, List<KinaseMeasurement> measurements, List<String> rowNotes) {
    }

    private final int m_compound;

    private final int m_kinase;

    private final int m_value;

    private final int m_qualifier;

    private final int m_valueTypeColumn;

    private final int m_unitColumn;

    private final int m_atp;

    private final int m_km;

    private final ValueType m_valueType;

    private final PotencyScale m_unit;

    private final ConcentrationUnit m_atpUnit;

    /**
     * Checks the configured columns against the input spec.
     *
     * @param spec the long table's spec
     * @param s the settings
     * @throws InvalidSettingsException naming the setting and column at fault
     */
    ScorerInput(final DataTableSpec spec, final SelectivityScorerSettings s) throws InvalidSettingsException {
        m_compound = InputColumns.require(spec, s.m_compoundColumn.getStringValue(), "Compound column",
            DataValue.class, "any");
        m_kinase = InputColumns.require(spec, s.m_kinaseColumn.getStringValue(), "Kinase column", StringValue.class,
            "string");
        m_value = InputColumns.require(spec, s.m_valueColumn.getStringValue(), "Value column", DoubleValue.class,
            "numeric");
        m_qualifier = optional(spec, s.qualifierColumn(), "Qualifier column", StringValue.class, "string");
        m_valueTypeColumn = optional(spec, s.valueTypeColumn(), "Value type column", StringValue.class, "string");
        m_unitColumn = optional(spec, s.unitColumn(), "Unit column", StringValue.class, "string");
        m_atp = optional(spec, s.atpColumn(), "[ATP] column", DoubleValue.class, "numeric");
        m_km = optional(spec, s.kmColumn(), "Km,ATP column", DoubleValue.class, "numeric");
        m_valueType = s.valueType();
        m_unit = s.unit();
        m_atpUnit = s.atpUnit();
    }

    private static int optional(final DataTableSpec spec, final Optional<String> column, final String setting,
        final Class<? extends DataValue> type, final String typeName) throws InvalidSettingsException {
        return InputColumns.optional(spec, column.orElse(null), setting, type, typeName);
    }

    /** @return true when the rows can carry the Cheng-Prusoff inputs ([ATP] per row, Km,ATP per row) */
    boolean hasAtpColumn() {
        return m_atp >= 0;
    }

    /** @return true when the Km,ATP comes from a column */
    boolean hasKmColumn() {
        return m_km >= 0;
    }

    /** @return true when each row states its own value type */
    boolean hasValueTypeColumn() {
        return m_valueTypeColumn >= 0;
    }

    /** @return the index of the compound column in the input */
    int compoundColumn() {
        return m_compound;
    }

    /**
     * Groups the rows by compound in the order compounds first appear.
     *
     * @param table the long table
     * @param exec for cancellation and progress
     * @param unassigned receives the rows without a compound
     * @return one entry per compound
     * @throws CanceledExecutionException when cancelled
     */
    List<Compound> read(final BufferedDataTable table, final ExecutionMonitor exec,
        final List<String> unassigned) throws CanceledExecutionException {
        Map<String, Compound> byName = new LinkedHashMap<>();
        long n = Math.max(1, table.size());
        long i = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                exec.checkCanceled();
                exec.setProgress(i++ / (double)n, "reading row " + i);
                DataCell compound = row.getCell(m_compound);
                if (compound.isMissing()) {
                    unassigned.add(row.getKey().getString());
                    continue;
                }
                Compound c = byName.computeIfAbsent(compound.toString(),
                    k -> new Compound(k, new ArrayList<>(), new ArrayList<>()));
                Optional<KinaseMeasurement> m = measurement(row);
                if (m.isPresent()) {
                    c.measurements().add(m.get());
                } else {
                    c.rowNotes().add(problemOf(row));
                }
            }
        }
        return List.copyOf(byName.values());
    }

    /** @return the row's measurement, or empty when a qualifier, value type or unit cell cannot be read */
    private Optional<KinaseMeasurement> measurement(final DataRow row) {
        if (problemOf(row) != null) {
            return Optional.empty();
        }
        DataCell kinase = row.getCell(m_kinase);
        KinaseMeasurement m = new KinaseMeasurement(kinase.isMissing() ? "" : ((StringValue)kinase).getStringValue(),
            number(row, m_value), scale(row).orElseThrow(), qualifier(row).orElseThrow(),
            valueType(row).orElseThrow(), OptionalDouble.empty(), OptionalDouble.empty());
        if (m_atp >= 0 && !row.getCell(m_atp).isMissing()) {
            m = m.withAtpMolar(m_atpUnit.toMolar(number(row, m_atp)));
        }
        if (m_km >= 0 && !row.getCell(m_km).isMissing()) {
            m = m.withKmAtpMolar(m_atpUnit.toMolar(number(row, m_km)));
        }
        return Optional.of(m);
    }

    /** @return why the row cannot form a measurement, or null when it can */
    private String problemOf(final DataRow row) {
        String key = "row " + row.getKey().getString() + ": ";
        if (qualifier(row).isEmpty()) {
            return key + "unknown qualifier '" + text(row, m_qualifier) + "' (expected =, <, <=, >, >=, ~); "
                + "measurement not used";
        }
        if (valueType(row).isEmpty()) {
            return key + "unknown value type '" + text(row, m_valueTypeColumn) + "' (expected IC50, Ki or Kd); "
                + "measurement not used";
        }
        if (scale(row).isEmpty()) {
            return key + "unknown unit '" + text(row, m_unitColumn) + "' (expected one of "
                + SelectivityScorerSettings.SCALE_LABELS + "); measurement not used";
        }
        return null;
    }

    private Optional<Qualifier> qualifier(final DataRow row) {
        if (m_qualifier < 0 || row.getCell(m_qualifier).isMissing()) {
            return Optional.of(Qualifier.EQUAL);
        }
        return Qualifier.parse(text(row, m_qualifier));
    }

    private Optional<ValueType> valueType(final DataRow row) {
        return m_valueTypeColumn < 0 ? Optional.of(m_valueType) : ValueType.parse(text(row, m_valueTypeColumn));
    }

    private Optional<PotencyScale> scale(final DataRow row) {
        return m_unitColumn < 0 ? Optional.of(m_unit) : PotencyScale.parse(text(row, m_unitColumn));
    }

    private static String text(final DataRow row, final int column) {
        DataCell c = row.getCell(column);
        return c.isMissing() ? "" : ((StringValue)c).getStringValue();
    }

    private static double number(final DataRow row, final int column) {
        DataCell c = row.getCell(column);
        return c.isMissing() ? Double.NaN : ((DoubleValue)c).getDoubleValue();
    }

    /**
     * @param compounds the compounds read
     * @return core's input, one entry per compound
     */
    static List<CompoundMeasurements> toCore(final List<Compound> compounds) {
        return compounds.stream().map(c -> new CompoundMeasurements(c.name(), c.measurements())).toList();
    }

    /**
     * Reads the optional Km,ATP table: one Km,ATP per kinase. Rows without a kinase, with a missing or non-positive
     * Km, or naming a kinase a second time are not used; each is reported in {@code problems}.
     *
     * @param table the Km,ATP table
     * @param kinaseColumn index of its kinase column
     * @param kmColumn index of its Km,ATP column
     * @param unit the unit of the Km values
     * @param problems receives one line per row not used
     * @return Km,ATP in M by kinase, in table order
     */
    static Map<String, Double> kmTable(final BufferedDataTable table, final int kinaseColumn, final int kmColumn,
        final ConcentrationUnit unit, final List<String> problems) {
        Map<String, Double> km = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                String key = "Km,ATP table row " + row.getKey().getString() + ": ";
                String kinase = text(row, kinaseColumn).strip();
                double value = number(row, kmColumn);
                if (kinase.isEmpty()) {
                    problems.add(key + "no kinase; not used");
                } else if (!(value > 0) || Double.isInfinite(value)) {
                    problems.add(key + "Km,ATP of " + kinase + " must be > 0 (got " + value + "); not used");
                } else if (seen.putIfAbsent(kinase.toUpperCase(java.util.Locale.ROOT), kinase) != null) {
                    problems.add(key + kinase + " has a Km,ATP already; only the first is used");
                } else {
                    km.put(kinase, unit.toMolar(value));
                }
            }
        }
        return km;
    }
}
