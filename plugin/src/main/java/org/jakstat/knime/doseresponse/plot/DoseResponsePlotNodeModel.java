package org.jakstat.knime.doseresponse.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jakstat.core.doseresponse.ChartOptions;
import org.jakstat.core.doseresponse.CurveModel;
import org.jakstat.core.doseresponse.CurvePlot;
import org.jakstat.core.doseresponse.DoseResponseCharts;
import org.jakstat.core.doseresponse.DoseResponseData;
import org.jakstat.core.doseresponse.FittedCurve;
import org.jakstat.core.doseresponse.PlottedPoint;
import org.jakstat.core.doseresponse.PotencyEstimate;
import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.potency.Qualifier;
import org.jakstat.knime.common.InputColumns;
import org.jakstat.knime.common.SettingsNodeModel;
import org.jakstat.knime.doseresponse.table.PlotSettings;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;

/**
 * Dose-Response Plot: draws curves from a table of parameters (and optionally their points) with core's
 * {@link DoseResponseCharts}, the same plots the Dose-Response Fitter draws. Memory: the parameter table is read
 * twice (first to learn which curves the image shows, then to draw them) and the points table once, keeping only
 * the points of the curves shown; so memory is bounded by one image's worth of curves.
 */
final class DoseResponsePlotNodeModel extends SettingsNodeModel<DoseResponsePlotSettings> {

    DoseResponsePlotNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[]{ImagePortObject.TYPE}, new DoseResponsePlotSettings());
    }

    /** Column indices in the parameter table; -1 for unset optional columns. */
    private record Parameters(int[] labels, int bottom, int top, int hill, int asymmetry, int potency, int qualifier,
        int color) {
    }

    /** Column indices in the points table. */
    private record Points(int[] labels, int concentration, int response, int used) {
    }

    private Parameters parameters(final DataTableSpec spec) throws InvalidSettingsException {
        DoseResponsePlotSettings s = settings();
        s.checkCurrent();
        return new Parameters(labels(spec, "parameter"), number(spec, s.m_bottomColumn, "Bottom column"),
            number(spec, s.m_topColumn, "Top column"), number(spec, s.m_hillColumn, "HillSlope column"),
            InputColumns.optional(spec, s.m_asymmetryColumn.getStringValue(), "S column", DoubleValue.class,
                "numeric"),
            number(spec, s.m_potencyColumn, "Potency column"),
            InputColumns.optional(spec, s.m_qualifierColumn.getStringValue(), "Qualifier column", StringValue.class,
                "string"),
            InputColumns.isSelected(s.m_colorColumn.getStringValue())
                ? InputColumns.anyType(spec, s.m_colorColumn.getStringValue(), "Colour column") : -1);
    }

    private Points points(final DataTableSpec spec) throws InvalidSettingsException {
        DoseResponsePlotSettings s = settings();
        return new Points(labels(spec, "points"), number(spec, s.m_concentrationColumn, "Concentration column"),
            number(spec, s.m_responseColumn, "Response column"),
            InputColumns.optional(spec, s.m_usedColumn.getStringValue(), "Used column", DoubleValue.class,
                "boolean or numeric"));
    }

    private int[] labels(final DataTableSpec spec, final String table) throws InvalidSettingsException {
        List<String> names = settings().labelColumns();
        int[] idx = new int[names.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = spec.findColumnIndex(names.get(i));
            if (idx[i] < 0) {
                throw new InvalidSettingsException("Label column '" + names.get(i) + "' is not in the " + table
                    + " table: both tables must name curves by the same columns.");
            }
        }
        return idx;
    }

    private static int number(final DataTableSpec spec, final org.knime.core.node.defaultnodesettings
        .SettingsModelString m, final String setting) throws InvalidSettingsException {
        return InputColumns.require(spec, m.getStringValue(), setting, DoubleValue.class, "numeric");
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        parameters((DataTableSpec)inSpecs[0]);
        if (inSpecs[1] != null) {
            points((DataTableSpec)inSpecs[1]);
        }
        return new PortObjectSpec[]{PlotSettings.IMAGE_SPEC};
    }

    @Override
    protected PortObject[] execute(final PortObject[] in, final ExecutionContext exec) throws Exception {
        BufferedDataTable params = (BufferedDataTable)in[0];
        Parameters pc = parameters(params.getDataTableSpec());
        ChartOptions options = settings().chartOptions().withBand(false);
        DoseResponseCharts counter = new DoseResponseCharts(options);
        Map<List<DataCell>, List<PlottedPoint>> shown = new HashMap<>();
        int[] missing = new int[1];
        forEachRow(params, exec, row -> {
            if (counter.add(curve(row, pc, List.of(), missing))) {
                shown.put(key(row, pc.labels()), new ArrayList<>());
            }
        });
        if (in[1] != null) {
            BufferedDataTable pts = (BufferedDataTable)in[1];
            Points ptc = points(pts.getDataTableSpec());
            PotencyScale scale = settings().concentrationScale();
            forEachRow(pts, exec, row -> {
                List<PlottedPoint> list = shown.get(key(row, ptc.labels()));
                if (list != null) {
                    list.add(point(row, ptc, scale));
                }
            });
        }
        DoseResponseCharts charts = new DoseResponseCharts(options);
        missing[0] = 0;
        forEachRow(params, exec, row -> charts.add(curve(row, pc, shown.getOrDefault(key(row, pc.labels()),
            List.of()), missing)));
        if (missing[0] > 0) {
            setWarningMessage(missing[0] + " of " + params.size()
                + " curves have missing or impossible parameters and are drawn without a curve.");
        }
        return new PortObject[]{PlotSettings.portObject(settings().m_plot.render(charts.chart()))};
    }

    private interface RowAction {
        void accept(DataRow row) throws InvalidSettingsException;
    }

    private static void forEachRow(final BufferedDataTable table, final ExecutionMonitor exec, final RowAction action)
        throws Exception {
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                exec.checkCanceled();
                action.accept(it.next());
            }
        }
    }

    private static List<DataCell> key(final DataRow row, final int[] labels) {
        List<DataCell> key = new ArrayList<>(labels.length);
        for (int i : labels) {
            key.add(row.getCell(i));
        }
        return key;
    }

    private CurvePlot curve(final DataRow row, final Parameters pc, final List<PlottedPoint> points,
        final int[] missing) throws InvalidSettingsException {
        PotencyScale scale = settings().potencyScale();
        double potency = value(row, pc.potency());
        double logIc50 = scale.problemWith(potency).isEmpty() ? scale.toLog10Molar(potency) : Double.NaN;
        boolean fivePl = pc.asymmetry() >= 0;
        double[] p = fivePl ? new double[]{value(row, pc.bottom()), value(row, pc.top()), logIc50,
            value(row, pc.hill()), value(row, pc.asymmetry())}
            : new double[]{value(row, pc.bottom()), value(row, pc.top()), logIc50, value(row, pc.hill())};
        FittedCurve curve = FittedCurve.withoutUncertainty(fivePl ? CurveModel.FIVE_PL : CurveModel.FOUR_PL, p);
        boolean drawable = curve.isDrawable() && (!fivePl || p[4] > 0);
        missing[0] += drawable ? 0 : 1;
        String censored = censoring(row, pc.qualifier(), scale);
        PotencyEstimate ic50 = drawable && censored.isEmpty()
            ? new PotencyEstimate(logIc50, Double.NaN, Double.NaN, Double.NaN,
                org.jakstat.core.doseresponse.Censoring.NONE, Double.NaN)
            : PotencyEstimate.notDetermined();
        String status = !drawable ? "missing parameters" : censored;
        List<String> names = settings().labelColumns();
        String label = names.isEmpty() ? row.getKey().getString() : join(row, pc.labels(), 0);
        String panel = label; // one panel per curve (rows with the same label share one)
        if (settings().m_plot.overlay()) {
            panel = names.size() >= 2 ? text(row.getCell(pc.labels()[0])) : names.isEmpty() ? "all curves"
                : names.get(0);
            label = names.size() >= 2 ? join(row, pc.labels(), 1) : label;
        }
        String color = pc.color() < 0 ? "" : text(row.getCell(pc.color()));
        return new CurvePlot(panel, label, color, points, drawable ? Optional.of(curve) : Optional.empty(), ic50,
            status);
    }

    /** @return "IC50 above the tested range" etc. when the qualifier column says the IC50 is censored, else "" */
    private static String censoring(final DataRow row, final int column, final PotencyScale scale) {
        if (column < 0 || row.getCell(column).isMissing()) {
            return "";
        }
        Optional<Qualifier> q = Qualifier.parse(((StringValue)row.getCell(column)).getStringValue())
            .map(x -> scale.isDecreasingInConcentration() ? x.mirrored() : x);
        if (q.isEmpty() || q.get() == Qualifier.EQUAL || q.get() == Qualifier.APPROXIMATE) {
            return "";
        }
        boolean above = q.get() == Qualifier.GREATER || q.get() == Qualifier.GREATER_OR_EQUAL;
        return "IC50 " + (above ? "above" : "below") + " the tested range";
    }

    private static PlottedPoint point(final DataRow row, final Points ptc, final PotencyScale scale) {
        double x = DoseResponseData.logConcentration(value(row, ptc.concentration()), scale);
        boolean used = true;
        if (ptc.used() >= 0 && !row.getCell(ptc.used()).isMissing()) {
            DataCell c = row.getCell(ptc.used());
            used = c instanceof BooleanValue b ? b.getBooleanValue() : ((DoubleValue)c).getDoubleValue() != 0;
        }
        return PlottedPoint.of(x, value(row, ptc.response()), !used);
    }

    private static double value(final DataRow row, final int column) {
        DataCell c = row.getCell(column);
        return c.isMissing() ? Double.NaN : ((DoubleValue)c).getDoubleValue();
    }

    private static String join(final DataRow row, final int[] labels, final int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < labels.length; i++) {
            sb.append(i > from ? " \u00b7 " : "").append(text(row.getCell(labels[i])));
        }
        return sb.toString();
    }

    private static String text(final DataCell c) {
        return c.isMissing() ? "(missing)" : c.toString();
    }
}
