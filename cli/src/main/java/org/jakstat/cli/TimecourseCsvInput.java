package org.jakstat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.jakstat.core.timecourse.PdSample;
import org.jakstat.core.timecourse.SampleColumns;

/**
 * Reads the rows of {@code jakstat timecourse}'s input CSV into core's {@link PdSample}s, as the node reads its
 * table: every row becomes a sample (a missing field is NaN or a blank id, and core lists the row in its subject's
 * notes); the row's source is its line number. A field that is not a number where one is expected is malformed
 * input, named by line and column.
 */
final class TimecourseCsvInput {

    private final CsvTable m_table;

    private final SampleColumns m_columns;

    /**
     * @param table the input
     * @param options the command's column options
     * @throws MalformedInputException when a named column is not in the header
     */
    TimecourseCsvInput(final CsvTable table, final TimecourseCommand options) throws MalformedInputException {
        m_table = table;
        m_columns = new SampleColumns(table.column(options.subjectColumn, "--subject-column"),
            table.optionalColumn(options.groupColumn, "--group-column"),
            table.optionalColumn(options.doseColumn, "--dose-column"),
            table.column(options.timeColumn, "--time-column"),
            table.column(options.responseColumn, "--response-column"),
            table.optionalColumn(options.unstimulatedColumn, "--unstimulated-column"), options.doseUnit);
    }

    /**
     * @return one sample per row, in file order
     * @throws MalformedInputException when a number field holds something else
     */
    List<PdSample> read() throws MalformedInputException {
        List<PdSample> samples = new ArrayList<>();
        double[] numbers = new double[m_table.header().size()];
        for (CsvTable.Row row : m_table.rows()) {
            for (int c : m_columns.numberColumns()) {
                OptionalDouble n = m_table.number(row, c);
                numbers[c] = n.isPresent() ? n.getAsDouble() : Double.NaN;
            }
            samples.add(m_columns.sample(i -> row.fields().get(i).strip(), i -> numbers[i], "line " + row.line()));
        }
        return samples;
    }
}
