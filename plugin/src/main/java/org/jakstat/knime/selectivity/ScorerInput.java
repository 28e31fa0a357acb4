package org.jakstat.knime.selectivity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.selectivity.KmAtpTable;
import org.jakstat.core.selectivity.LongPotencyTable;
import org.jakstat.core.selectivity.PotencyRow;
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
 * {@link LongPotencyTable}, which judges the cells (a row that cannot form a measurement becomes a note of its
 * compound), and the optional Km,ATP table into core's {@link KmAtpTable}.
 */
final class ScorerInput {

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
     * @param unassigned receives the keys of the rows without a compound
     * @return one entry per compound
     * @throws CanceledExecutionException when cancelled
     */
    List<LongPotencyTable.Compound> read(final BufferedDataTable table, final ExecutionMonitor exec,
        final List<String> unassigned) throws CanceledExecutionException {
        LongPotencyTable compounds = new LongPotencyTable(m_valueType, m_unit, m_atpUnit);
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
                } else {
                    compounds.add(compound.toString(), "row " + row.getKey().getString(), cells(row));
                }
            }
        }
        return compounds.compounds();
    }

    private PotencyRow cells(final DataRow row) {
        return new PotencyRow(text(row, m_kinase).orElse(""), number(row, m_value).orElse(Double.NaN),
            text(row, m_qualifier), statedText(row, m_valueTypeColumn), statedText(row, m_unitColumn),
            number(row, m_atp), number(row, m_km));
    }

    /** @return the cell's text; empty when the column is not used or the cell is missing */
    private static Optional<String> text(final DataRow row, final int column) {
        if (column < 0 || row.getCell(column).isMissing()) {
            return Optional.empty();
        }
        return Optional.of(((StringValue)row.getCell(column)).getStringValue());
    }

    /** @return the cell's text, "" for a missing cell; empty when the column is not used (the setting applies) */
    private static Optional<String> statedText(final DataRow row, final int column) {
        return column < 0 ? Optional.empty() : Optional.of(text(row, column).orElse(""));
    }

    /** @return the cell's number; empty when the column is not used or the cell is missing */
    private static OptionalDouble number(final DataRow row, final int column) {
        if (column < 0 || row.getCell(column).isMissing()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(((DoubleValue)row.getCell(column)).getDoubleValue());
    }

    /**
     * Reads the optional Km,ATP table: one Km,ATP per kinase (see {@link KmAtpTable} for the rows not used).
     *
     * @param table the Km,ATP table
     * @param kinaseColumn index of its kinase column
     * @param kmColumn index of its Km,ATP column
     * @param km collects the rows
     * @param problems receives one line per row not used
     * @return Km,ATP in M by kinase, in table order
     */
    static Map<String, Double> kmTable(final BufferedDataTable table, final int kinaseColumn, final int kmColumn,
        final KmAtpTable km, final List<String> problems) {
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                km.add("Km,ATP table row " + row.getKey().getString(), text(row, kinaseColumn).orElse(""),
                    number(row, kmColumn).orElse(Double.NaN));
            }
        }
        problems.addAll(km.problems());
        return km.molarByKinase();
    }
}
