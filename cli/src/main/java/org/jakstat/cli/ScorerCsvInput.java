package org.jakstat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.selectivity.KmAtpTable;
import org.jakstat.core.selectivity.LongPotencyTable;
import org.jakstat.core.selectivity.PotencyRow;
import org.jakstat.core.selectivity.ValueType;

/**
 * Reads the long potency CSV of {@code jakstat selectivity} (one row per compound, kinase and measurement) into
 * core's {@link LongPotencyTable}, the same way the Kinase Selectivity Scorer node reads its input table: the cells
 * are judged by core (a row that cannot form a measurement becomes a note of its compound, named by its line), rows
 * without a compound are collected for one "no usable data" row. Missing or extra columns and fields that should be
 * numbers and are not make the file malformed.
 */
final class ScorerCsvInput {

    /**
     * The compounds read, and the rows that name none.
     *
     * @param compounds  one entry per compound, in the order compounds first appear
     * @param unassigned the rows without a compound, e.g. "line 21"
     */
    record Read(List<LongPotencyTable.Compound> compounds, List<String> unassigned) {
    }

    private final CsvTable table;
    private final int compound;
    private final int kinase;
    private final int value;
    private final int qualifier;
    private final int valueType;
    private final int unit;
    private final int atp;
    private final int km;

    /**
     * @param table the input
     * @param o     the command's column options
     * @throws MalformedInputException when a named column is not in the header
     */
    ScorerCsvInput(CsvTable table, SelectivityCommand o) throws MalformedInputException {
        this.table = table;
        compound = table.column(o.compoundColumn, "--compound-column");
        kinase = table.column(o.kinaseColumn, "--kinase-column");
        value = table.column(o.valueColumn, "--value-column");
        qualifier = table.optionalColumn(o.qualifierColumn, "--qualifier-column");
        valueType = table.optionalColumn(o.valueTypeColumn, "--value-type-column");
        unit = table.optionalColumn(o.unitColumn, "--unit-column");
        atp = table.optionalColumn(o.atpColumn, "--atp-column");
        km = table.optionalColumn(o.kmAtpColumn, "--km-atp-column");
    }

    /** @return the name of the compound column, reused for the output */
    String compoundColumn() {
        return table.header().get(compound);
    }

    /**
     * @param type    the value type of rows that do not state one
     * @param scale   the scale of values of rows that do not state one
     * @param atpUnit the unit of [ATP] and Km,ATP
     * @return the compounds and the rows without one
     * @throws MalformedInputException when a value, [ATP] or Km,ATP field is not a number
     */
    Read read(ValueType type, PotencyScale scale, ConcentrationUnit atpUnit) throws MalformedInputException {
        LongPotencyTable compounds = new LongPotencyTable(type, scale, atpUnit);
        List<String> unassigned = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String name = row.fields().get(compound).strip();
            PotencyRow cells = new PotencyRow(row.fields().get(kinase).strip(),
                    table.number(row, value).orElse(Double.NaN), text(row, qualifier), stated(row, valueType),
                    stated(row, unit), table.number(row, atp), table.number(row, km));
            if (name.isEmpty()) {
                unassigned.add("line " + row.line());
            } else {
                compounds.add(name, "line " + row.line(), cells);
            }
        }
        return new Read(compounds.compounds(), unassigned);
    }

    /** @return the field; empty when the column is not used or the field is empty */
    private static Optional<String> text(CsvTable.Row row, int column) {
        if (column < 0 || row.fields().get(column).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(row.fields().get(column).strip());
    }

    /** @return the field ("" when empty); empty when the column is not used, so the setting applies */
    private static Optional<String> stated(CsvTable.Row row, int column) {
        return column < 0 ? Optional.empty() : Optional.of(text(row, column).orElse(""));
    }

    /**
     * Reads a Km,ATP table: one Km,ATP per kinase; rows not used are listed in {@code problems}.
     *
     * @param km           the table
     * @param kinaseColumn its kinase column
     * @param kmColumn     its Km,ATP column
     * @param unit         the unit of the Km values
     * @param problems     receives one line per row not used
     * @return Km,ATP in M by kinase
     * @throws MalformedInputException when a column is missing or a Km field is not a number
     */
    static Map<String, Double> kmTable(CsvTable km, String kinaseColumn, String kmColumn, ConcentrationUnit unit,
                                       List<String> problems) throws MalformedInputException {
        int k = km.column(kinaseColumn, "--km-kinase-column");
        int v = km.column(kmColumn, "--km-column");
        KmAtpTable table = new KmAtpTable(unit);
        for (CsvTable.Row row : km.rows()) {
            table.add("Km,ATP table line " + row.line(), row.fields().get(k), km.number(row, v).orElse(Double.NaN));
        }
        problems.addAll(table.problems());
        return table.molarByKinase();
    }
}
