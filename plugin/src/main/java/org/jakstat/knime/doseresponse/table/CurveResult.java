package org.jakstat.knime.doseresponse.table;

import java.util.List;

import org.jakstat.core.doseresponse.CurvePlot;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;

/**
 * Everything one curve contributes to the Fitter's outputs, computed on a worker thread and written in input order
 * by {@link CurveTables} on the node's thread.
 *
 * @param result the cells of its result row (output 1)
 * @param curve the cells of its fitted-curve rows (output 2)
 * @param points its input rows with fitted values (output 3)
 * @param plot what the image shows of it
 * @param outcome a word for the node's warning summary: "fitted", "flat (no IC50)", "too few points", ...
 */
public record CurveResult(DataCell[] result, List<DataCell[]> curve, DataRow[] points, CurvePlot plot,
    String outcome) {
}
