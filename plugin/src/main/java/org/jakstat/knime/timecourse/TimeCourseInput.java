package org.jakstat.knime.timecourse;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.core.timecourse.PdSample;
import org.jakstat.core.timecourse.SampleColumns;
import org.jakstat.knime.common.InputColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/**
 * The input table's columns as the settings name them (checked at configure time, messages naming the setting),
 * and its rows as core's {@link PdSample}s. Every row becomes a sample: a missing cell is NaN (or a blank id) and
 * core lists the row in its subject's notes; the row key is the sample's source.
 */
final class TimeCourseInput {

    private final SampleColumns m_columns;

    /**
     * @param spec the input spec
     * @param s the settings
     * @throws InvalidSettingsException naming the setting when a column is unset, absent or of the wrong type, or
     *             when a dose-dependence fit is asked for without a dose column
     */
    TimeCourseInput(final DataTableSpec spec, final TimeCourseAnalyzerSettings s) throws InvalidSettingsException {
        int subject = InputColumns.require(spec, s.m_subjectColumn.getStringValue(), "Subject column",
            DataValue.class, "any");
        int group = InputColumns.optional(spec, s.groupColumn().orElse(null), "Group column", DataValue.class, "any");
        int dose = InputColumns.optional(spec, s.doseColumn().orElse(null), "Dose column", DoubleValue.class,
            "numeric");
        int time = InputColumns.require(spec, s.m_timeColumn.getStringValue(), "Time column", DoubleValue.class,
            "numeric");
        int response = InputColumns.require(spec, s.m_responseColumn.getStringValue(), "Response column",
            DoubleValue.class, "numeric");
        int unstimulated = InputColumns.optional(spec, s.unstimulatedColumn().orElse(null), "Unstimulated column",
            DoubleValue.class, "numeric");
        if (dose < 0 && s.doseMetric().isPresent()) {
            throw new InvalidSettingsException("Dose-dependence metric '" + s.m_doseMetric.getStringValue()
                + "' needs a dose column: choose the dose column, or set the dose-dependence metric to '"
                + TimeCourseAnalyzerSettings.NO_DOSE_METRIC + "'.");
        }
        m_columns = new SampleColumns(subject, group, dose, time, response, unstimulated, s.doseUnit());
    }

    /**
     * @param table the input table
     * @param exec for progress and cancellation
     * @return one sample per row, in table order
     * @throws CanceledExecutionException when cancelled
     */
    List<PdSample> read(final BufferedDataTable table, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        List<PdSample> samples = new ArrayList<>();
        long size = Math.max(1, table.size());
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                exec.checkCanceled();
                DataRow row = it.next();
                samples.add(m_columns.sample(i -> text(row.getCell(i)), i -> number(row.getCell(i)),
                    row.getKey().getString()));
                exec.setProgress(samples.size() / (double)size);
            }
        }
        return samples;
    }

    private static String text(final DataCell cell) {
        return cell.isMissing() ? "" : cell.toString();
    }

    private static double number(final DataCell cell) {
        return cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
    }
}
