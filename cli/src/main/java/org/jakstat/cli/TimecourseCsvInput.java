package org.jakstat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.jakstat.core.timecourse.PdSample;

/**
 * Reads the rows of {@code jakstat timecourse}'s input CSV into core's {@link PdSample}s, as the node reads its
 * table: every row becomes a sample (a missing field is NaN or a blank id, and core lists the row in its subject's
 * notes); the row's source is its line number. A field that is not a number where one is expected is malformed
 * input, named by line and column.
 */
final class TimecourseCsvInput {

    private final CsvTable m_table;

    private final int m_subject;

    private final int m_group;

    private final int m_dose;

    private final int m_time;

    private final int m_response;

    private final int m_unstimulated;

    private final String m_doseUnit;

    /**
     * @param table the input
     * @param options the command's column options
     * @throws MalformedInputException when a named column is not in the header
     */
    TimecourseCsvInput(final CsvTable table, final TimecourseCommand options) throws MalformedInputException {
        m_table = table;
        m_subject = table.column(options.subjectColumn, "--subject-column");
        m_group = table.optionalColumn(options.groupColumn, "--group-column");
        m_dose = table.optionalColumn(options.doseColumn, "--dose-column");
        m_time = table.column(options.timeColumn, "--time-column");
        m_response = table.column(options.responseColumn, "--response-column");
        m_unstimulated = table.optionalColumn(options.unstimulatedColumn, "--unstimulated-column");
        m_doseUnit = options.doseUnit.strip();
    }

    /**
     * @return one sample per row, in file order
     * @throws MalformedInputException when a number field holds something else
     */
    List<PdSample> read() throws MalformedInputException {
        List<PdSample> samples = new ArrayList<>();
        for (CsvTable.Row row : m_table.rows()) {
            double dose = value(m_table.number(row, m_dose));
            String group = m_group >= 0 ? text(row, m_group)
                : m_dose >= 0 ? PdSample.groupOfDose(dose, m_doseUnit) : PdSample.SINGLE_GROUP;
            double background = m_unstimulated < 0 ? 0 : value(m_table.number(row, m_unstimulated));
            samples.add(new PdSample(text(row, m_subject), group, dose, value(m_table.number(row, m_time)),
                value(m_table.number(row, m_response)), background, "line " + row.line()));
        }
        return samples;
    }

    private static String text(final CsvTable.Row row, final int column) {
        return row.fields().get(column).strip();
    }

    private static double value(final OptionalDouble number) {
        return number.isPresent() ? number.getAsDouble() : Double.NaN;
    }
}
