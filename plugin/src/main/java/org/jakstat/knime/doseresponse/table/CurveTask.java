package org.jakstat.knime.doseresponse.table;

import java.util.List;
import java.util.function.Function;

import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.CurvePlot;
import org.jakstat.core.doseresponse.DoseResponseData;
import org.jakstat.core.doseresponse.FitWorkspace;
import org.jakstat.core.doseresponse.QcFlag;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;

/**
 * The work for one curve, run on a worker thread: its rows to the engine's input, one call to core
 * ({@link FitRecipe#fit}), and the cells of the three output tables and its plot. Thread-safe: each thread keeps
 * its own {@link FitWorkspace}.
 */
public final class CurveTask implements Function<List<DataRow>, CurveResult> {

    private final CurveColumns m_columns;

    private final FitRecipe m_recipe;

    private final ResultColumns m_results;

    private final CurvePointColumns m_curves;

    private final PointColumns m_points;

    private final boolean m_overlay;

    private final String m_singlePanel;

    private final ThreadLocal<FitWorkspace> m_workspaces;

    /**
     * @param columns where the curve's data sit
     * @param recipe how to fit
     * @param results output 1
     * @param curves output 2
     * @param points output 3
     * @param overlay whether curves are overlaid per value of the first grouping column
     * @param singlePanel the panel title when all curves share one panel (overlay with fewer than two grouping
     *            columns)
     */
    public CurveTask(final CurveColumns columns, final FitRecipe recipe, final ResultColumns results,
        final CurvePointColumns curves, final PointColumns points, final boolean overlay, final String singlePanel) {
        m_columns = columns;
        m_recipe = recipe;
        m_results = results;
        m_curves = curves;
        m_points = points;
        m_overlay = overlay;
        m_singlePanel = singlePanel;
        m_workspaces = ThreadLocal.withInitial(recipe::newWorkspace);
    }

    @Override
    public CurveResult apply(final List<DataRow> rows) {
        DataCell[] key = m_columns.key(rows.get(0));
        DoseResponseData data = m_columns.read(rows);
        FitRecipe.Fit fit = m_recipe.fit(data, m_workspaces.get());
        CurveFitResult r = fit.result();
        DataCell[] result = m_results.cells(new CurveOutcome(key, fit, m_columns.replicateCount(rows)));
        String label = label(key, 0);
        String panel = label;
        if (m_overlay) {
            panel = key.length >= 2 ? text(key[0]) : m_singlePanel;
            label = key.length >= 2 ? label(key, 1) : label;
        }
        CurvePlot plot = CurvePlot.of(panel, label, "", m_columns.plotted(rows, data, r), r);
        return new CurveResult(result, m_curves.rows(key, data, r), m_points.rows(rows, data, r), plot, outcome(r));
    }

    /** @return the grouping values from index {@code from} on, joined by " · "; "all rows" without grouping */
    private static String label(final DataCell[] key, final int from) {
        if (key.length == 0) {
            return "all rows";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < key.length; i++) {
            sb.append(i > from ? " \u00b7 " : "").append(text(key[i]));
        }
        return sb.toString();
    }

    private static String text(final DataCell c) {
        return c.isMissing() ? "(missing)" : c.toString();
    }

    private static String outcome(final CurveFitResult r) {
        if (r.hasFlag(QcFlag.INACTIVE)) {
            return "flat (no IC50)";
        }
        switch (r.status()) {
            case FITTED:
                return "fitted";
            case TOO_FEW_POINTS:
                return "too few points";
            case NOT_CONVERGED:
                return "did not converge";
            default:
                return "invalid input";
        }
    }
}
