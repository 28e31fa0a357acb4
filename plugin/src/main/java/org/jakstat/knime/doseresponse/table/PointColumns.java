package org.jakstat.knime.doseresponse.table;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.DoseResponseData;
import org.jakstat.core.doseresponse.DoseResponseSettings;
import org.jakstat.core.doseresponse.FittedCurve;
import org.jakstat.core.doseresponse.PointStatus;
import org.jakstat.core.doseresponse.Weighting;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;

/**
 * Output 3 of the Dose-Response Fitter: every input row, unchanged and with its row key, plus the fitted response at
 * its concentration, the residual (observed - fitted), its point status ({@link PointStatus} name), whether the fit
 * used it, and in words why not. Nothing is lost: a row the fit could not use says why.
 */
public final class PointColumns {

    /** Name of the appended "used in fit" column (the Dose-Response Plot's default exclusion column). */
    public static final String USED = "Used in fit";

    /** One immutable status cell per status, shared by all rows (millions of rows need not hold copies). */
    private static final Map<PointStatus, DataCell> STATUS_CELLS = new EnumMap<>(PointStatus.class);

    private static final DataCell USED_NOTE = new MissingCell("used in the fit");

    private static final DataCell NOT_FITTED = new MissingCell("curve not fitted");

    private static final DataCell NO_CONCENTRATION = new MissingCell("no concentration");

    private static final DataCell NO_RESIDUAL = new MissingCell("no fitted or no observed response");

    static {
        for (PointStatus s : PointStatus.values()) {
            STATUS_CELLS.put(s, new StringCell(s.name()));
        }
    }

    private final DataTableSpec m_spec;

    private final int m_inputColumns;

    private final String m_excludeColumn;

    private final DoseResponseSettings m_settings;

    /**
     * @param input the input spec
     * @param excludeColumn the exclude column's name, or empty
     * @param settings the main fit settings (for reasons naming the weighting and ROUT)
     */
    public PointColumns(final DataTableSpec input, final Optional<String> excludeColumn,
        final DoseResponseSettings settings) {
        m_inputColumns = input.getNumColumns();
        m_excludeColumn = excludeColumn.orElse("");
        m_settings = settings;
        DataColumnSpec[] specs = new DataColumnSpec[m_inputColumns + 5];
        for (int i = 0; i < m_inputColumns; i++) {
            specs[i] = input.getColumnSpec(i);
        }
        String[] names = {"Fitted response", "Residual", "Point status", USED, "Point note"};
        org.knime.core.data.DataType[] types =
            {DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE, BooleanCell.TYPE, StringCell.TYPE};
        for (int i = 0; i < names.length; i++) {
            specs[m_inputColumns + i] =
                new DataColumnSpecCreator(DataTableSpec.getUniqueColumnName(input, names[i]), types[i]).createSpec();
        }
        m_spec = new DataTableSpec(specs);
    }

    /** @return the spec: the input's columns and the five appended ones */
    public DataTableSpec spec() {
        return m_spec;
    }

    /**
     * @param rows the curve's input rows
     * @param data their engine input
     * @param result the fit
     * @return the output rows, same keys and order
     */
    public DataRow[] rows(final List<DataRow> rows, final DoseResponseData data, final CurveFitResult result) {
        Optional<FittedCurve> curve = FittedCurve.of(result).filter(FittedCurve::isDrawable);
        List<PointStatus> status = result.pointStatus();
        DataRow[] out = new DataRow[rows.size()];
        for (int i = 0; i < out.length; i++) {
            DataRow in = rows.get(i);
            DataCell[] cells = new DataCell[m_inputColumns + 5];
            for (int c = 0; c < m_inputColumns; c++) {
                cells[c] = in.getCell(c);
            }
            PointStatus s = i < status.size() ? status.get(i) : PointStatus.INVALID_CONCENTRATION;
            double x = data.logConcentration(i);
            double fitted = curve.isPresent() && !Double.isNaN(x) ? curve.get().response(x) : Double.NaN;
            double residual = data.response(i) - fitted;
            cells[m_inputColumns] = Double.isFinite(fitted) ? new DoubleCell(fitted)
                : curve.isPresent() ? NO_CONCENTRATION : NOT_FITTED;
            cells[m_inputColumns + 1] = Double.isFinite(residual) ? new DoubleCell(residual) : NO_RESIDUAL;
            cells[m_inputColumns + 2] = STATUS_CELLS.get(s);
            boolean used = result.isFitted() && s.isUsed();
            cells[m_inputColumns + 3] = BooleanCell.BooleanCellFactory.create(used);
            String note = note(s, result);
            cells[m_inputColumns + 4] = note.isEmpty() ? USED_NOTE : new StringCell(note);
            out[i] = new DefaultRow(in.getKey(), cells);
        }
        return out;
    }

    private String note(final PointStatus s, final CurveFitResult result) {
        if (s.isUsed() && !result.isFitted()) {
            return "curve not fitted (" + result.status().name() + "): " + result.statusReason();
        }
        switch (s) {
            case CONTROL:
                return "control (concentration <= 0): fitted as the zero-dose plateau";
            case CONTROL_EXCLUDED:
                return "control (concentration <= 0) excluded by the Controls setting";
            case MISSING_RESPONSE:
                return "response missing, not a finite number, or beyond 1e150 in magnitude";
            case INVALID_CONCENTRATION:
                return "concentration missing or not a finite number";
            case EXCLUDED_BY_MASK:
                return "excluded by column '" + m_excludeColumn + "'";
            case OUTLIER:
                return String.format(Locale.ROOT, "outlier removed by ROUT (Q = %.3g %%)",
                    100 * m_settings.outlierQ().orElse(Double.NaN));
            case UNWEIGHTABLE:
                return m_settings.weighting() == Weighting.GIVEN_SD ? "no SD > 0 to weight it by 1/SD^2"
                    : "response 0 cannot be weighted by 1/Y^2";
            default:
                return "";
        }
    }
}
