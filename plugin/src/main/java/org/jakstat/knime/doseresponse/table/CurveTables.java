package org.jakstat.knime.doseresponse.table;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jakstat.core.doseresponse.DoseResponseCharts;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * Writes the Fitter's three tables curve by curve, in input order, on the node's thread: result rows keyed Row0,
 * Row1, ... (as KNIME's GroupBy keys its groups), curve rows keyed likewise, input rows with their own keys. Counts
 * outcomes for the warning and passes each curve's plot to the chart, which keeps only what the image shows.
 */
public final class CurveTables {

    private final BufferedDataContainer m_results;

    private final BufferedDataContainer m_curves;

    private final BufferedDataContainer m_points;

    private final DoseResponseCharts m_charts;

    private final Map<String, Integer> m_outcomes = new LinkedHashMap<>();

    private final ExecutionContext m_exec;

    private final long m_totalRows;

    private long m_curveCount;

    private long m_curveRows;

    private long m_rowsDone;

    /**
     * @param exec creates the tables; receives progress
     * @param results output 1
     * @param curves output 2
     * @param points output 3
     * @param charts collects the plot
     * @param totalRows the input's rows, the base of the progress
     */
    public CurveTables(final ExecutionContext exec, final ResultColumns results, final CurvePointColumns curves,
        final PointColumns points, final DoseResponseCharts charts, final long totalRows) {
        m_exec = exec;
        m_results = exec.createDataContainer(results.spec());
        m_curves = exec.createDataContainer(curves.spec());
        m_points = exec.createDataContainer(points.spec());
        m_charts = charts;
        m_totalRows = Math.max(1, totalRows);
        m_outcomes.put("fitted", 0);
    }

    /** @param r the next curve in input order */
    public void write(final CurveResult r) {
        m_results.addRowToTable(new DefaultRow(RowKey.createRowKey(m_curveCount++), r.result()));
        for (DataCell[] cells : r.curve()) {
            m_curves.addRowToTable(new DefaultRow(RowKey.createRowKey(m_curveRows++), cells));
        }
        for (DataRow p : r.points()) {
            m_points.addRowToTable(p);
        }
        m_charts.add(r.plot());
        m_outcomes.merge(r.outcome(), 1, Integer::sum);
        m_rowsDone += r.points().length;
        long n = m_curveCount;
        m_exec.setProgress(m_rowsDone / (double)m_totalRows, () -> "fitted " + n + " curve(s)");
    }

    /** @return the three tables, closed */
    public BufferedDataTable[] close() {
        m_results.close();
        m_curves.close();
        m_points.close();
        return new BufferedDataTable[]{m_results.getTable(), m_curves.getTable(), m_points.getTable()};
    }

    /** @return the number of curves written */
    public long curves() {
        return m_curveCount;
    }

    /**
     * @return the node warning, e.g. "118 of 120 curves fitted; 2 flat (no IC50)", or null when every curve was
     *         fitted with an IC50
     */
    public String warning() {
        int fitted = m_outcomes.get("fitted");
        if (fitted == m_curveCount) {
            return m_curveCount == 0 ? "The input has no rows: no curves to fit." : null;
        }
        StringBuilder sb = new StringBuilder().append(fitted).append(" of ").append(m_curveCount)
            .append(m_curveCount == 1 ? " curve" : " curves").append(" fitted");
        m_outcomes.forEach((what, count) -> {
            if (!what.equals("fitted")) {
                sb.append("; ").append(count).append(' ').append(what);
            }
        });
        return sb.append(" (see column Status and QC reasons).").toString();
    }
}
