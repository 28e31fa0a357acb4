package org.jakstat.knime.doseresponse.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.DoseResponseData;
import org.jakstat.core.doseresponse.FittedCurve;
import org.jakstat.core.doseresponse.PredictedResponse;
import org.jakstat.core.potency.ConcentrationUnit;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.DoubleCell;

/**
 * Output 2 of the Dose-Response Fitter: each fitted curve on a grid evenly spaced in log concentration across the
 * tested range and half a decade beyond it ({@link FittedCurve#displayRange}), with the 95 % confidence band, for
 * plotting in any KNIME view. A curve that was not fitted has no rows.
 */
public final class CurvePointColumns {

    /** Level of the band. */
    public static final double BAND_LEVEL = 0.95;

    private static final DataCell NO_BAND = new MissingCell("no confidence band: the covariance is not defined");

    private final List<DataColumnSpec> m_groupSpecs = new ArrayList<>();

    private final ConcentrationUnit m_unit;

    private final int m_points;

    /**
     * @param input the input spec
     * @param groups the grouping column indices
     * @param unit the unit of the concentration column
     * @param points grid points per curve
     */
    public CurvePointColumns(final DataTableSpec input, final int[] groups, final ConcentrationUnit unit,
        final int points) {
        for (int g : groups) {
            m_groupSpecs.add(new DataColumnSpecCreator(input.getColumnSpec(g)).createSpec());
        }
        m_unit = unit;
        m_points = points;
    }

    /** @return the spec */
    public DataTableSpec spec() {
        DataTableSpec groups = new DataTableSpec(m_groupSpecs.toArray(DataColumnSpec[]::new));
        List<DataColumnSpec> specs = new ArrayList<>(m_groupSpecs);
        for (String name : List.of("Log concentration [log10 M]", "Concentration [" + m_unit.label() + "]",
            "Fitted response", "95% band lower", "95% band upper")) {
            specs.add(new DataColumnSpecCreator(DataTableSpec.getUniqueColumnName(groups, name), DoubleCell.TYPE)
                .createSpec());
        }
        return new DataTableSpec(specs.toArray(DataColumnSpec[]::new));
    }

    /**
     * @param key the curve's grouping cells
     * @param data the curve's input
     * @param result its fit
     * @return the rows' cells; none when the curve was not fitted or has no finite concentration
     */
    public List<DataCell[]> rows(final DataCell[] key, final DoseResponseData data, final CurveFitResult result) {
        Optional<FittedCurve> curve = FittedCurve.of(result).filter(FittedCurve::isDrawable);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : data.logConcentrations()) {
            if (Double.isFinite(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        Optional<double[]> range = FittedCurve.displayRange(lo, hi);
        if (curve.isEmpty() || range.isEmpty()) {
            return List.of();
        }
        List<DataCell[]> rows = new ArrayList<>(m_points);
        for (PredictedResponse p : curve.get().grid(range.get()[0], range.get()[1], m_points, BAND_LEVEL)) {
            DataCell[] cells = new DataCell[key.length + 5];
            System.arraycopy(key, 0, cells, 0, key.length);
            cells[key.length] = new DoubleCell(p.logConcentration());
            cells[key.length + 1] = new DoubleCell(m_unit.fromMolar(Math.pow(10, p.logConcentration())));
            cells[key.length + 2] = new DoubleCell(p.response());
            cells[key.length + 3] = p.hasBand() ? new DoubleCell(p.lower()) : NO_BAND;
            cells[key.length + 4] = p.hasBand() ? new DoubleCell(p.upper()) : NO_BAND;
            rows.add(cells);
        }
        return rows;
    }
}
