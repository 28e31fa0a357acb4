package org.jakstat.knime.doseresponse.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.DoseResponseData;
import org.jakstat.core.doseresponse.PlottedPoint;
import org.jakstat.core.doseresponse.PointStatus;
import org.jakstat.core.potency.PotencyScale;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;

/**
 * Where a curve's data sit in the input table, and how one group's rows become the engine's
 * {@link DoseResponseData}: concentrations in their declared scale to X = log10 M (&lt;= 0: a control), a missing
 * cell to NaN (the engine reports it), the exclude column's true or non-zero value to the exclusion mask, the SD
 * column to per-point SDs.
 *
 * @param groups the grouping column indices, in grouping order
 * @param concentration the concentration column
 * @param scale the concentration column's declared scale
 * @param response the response column
 * @param replicate the replicate column, -1 for none
 * @param sd the weight (SD) column, -1 for none
 * @param exclude the exclude column, -1 for none
 */
public record CurveColumns(int[] groups, int concentration, PotencyScale scale, int response, int replicate, int sd,
    int exclude) {

    /** Copies the group indices. */
    public CurveColumns {
        groups = groups.clone();
    }

    @Override
    public int[] groups() {
        return groups.clone();
    }

    /**
     * @param rows one curve's rows
     * @return the engine's input
     */
    public DoseResponseData read(final List<DataRow> rows) {
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] excluded = new boolean[n];
        double[] sds = new double[n];
        for (int i = 0; i < n; i++) {
            DataRow r = rows.get(i);
            x[i] = org.jakstat.core.doseresponse.DoseResponseData.logConcentration(number(r, concentration), scale);
            y[i] = number(r, response);
            sds[i] = sd < 0 ? Double.NaN : number(r, sd);
            excluded[i] = exclude >= 0 && isTrue(r.getCell(exclude));
        }
        return new DoseResponseData(x, y, excluded, sds);
    }

    /**
     * @param first a row of the curve
     * @return its grouping cells
     */
    public DataCell[] key(final DataRow first) {
        DataCell[] key = new DataCell[groups.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = first.getCell(groups[i]);
        }
        return key;
    }

    /**
     * @param rows one curve's rows
     * @return the number of distinct replicate cells (0 without a replicate column)
     */
    public int replicateCount(final List<DataRow> rows) {
        if (replicate < 0) {
            return 0;
        }
        Set<DataCell> seen = new HashSet<>();
        rows.forEach(r -> seen.add(r.getCell(replicate)));
        return seen.size();
    }

    /**
     * @param rows one curve's rows
     * @param data their engine input
     * @param result the fit
     * @return the points as a plot shows them: excluded when the fit did not use them (missing values, mask,
     *         outliers), labelled with their replicate
     */
    public List<PlottedPoint> plotted(final List<DataRow> rows, final DoseResponseData data,
        final CurveFitResult result) {
        List<PointStatus> status = result.pointStatus();
        List<PlottedPoint> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            boolean used = i < status.size() ? status.get(i).isUsed() : !data.isExcluded(i);
            String rep = replicate < 0 ? "" : rows.get(i).getCell(replicate).toString();
            out.add(new PlottedPoint(data.logConcentration(i), data.response(i), !used, rep));
        }
        return out;
    }

    private static double number(final DataRow r, final int column) {
        DataCell c = r.getCell(column);
        return c.isMissing() ? Double.NaN : ((DoubleValue)c).getDoubleValue();
    }

    private static boolean isTrue(final DataCell c) {
        if (c.isMissing()) {
            return false;
        }
        if (c instanceof BooleanValue b) {
            return b.getBooleanValue();
        }
        return ((DoubleValue)c).getDoubleValue() != 0;
    }
}
