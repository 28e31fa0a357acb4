package org.jakstat.knime.doseresponse.table;

import org.jakstat.core.doseresponse.PointStatus;
import org.knime.core.data.DataCell;

/**
 * One curve's row of the result table: its grouping cells, its fit, and counts of its input rows.
 *
 * @param key the grouping cells
 * @param fit the fit
 * @param replicates distinct replicate IDs (0 without a replicate column)
 */
public record CurveOutcome(DataCell[] key, FitRecipe.Fit fit, int replicates) {

    /** Copies the key. */
    public CurveOutcome {
        key = key.clone();
    }

    @Override
    public DataCell[] key() {
        return key.clone();
    }

    /** @param status a point status @return how many input rows of the curve have it */
    public int count(final PointStatus status) {
        return (int)fit.result().pointStatus().stream().filter(s -> s == status).count();
    }

    /** @return input rows of the curve */
    public int points() {
        return fit.result().pointStatus().size();
    }

    /** @return input rows the fit used (controls included); 0 when the curve was not fitted */
    public int used() {
        return fit.result().isFitted() ? (int)fit.result().pointStatus().stream().filter(PointStatus::isUsed).count()
            : 0;
    }
}
