package org.jakstat.knime.doseresponse;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.doseresponse.ChartOptions;
import org.jakstat.core.doseresponse.DoseResponseCharts;
import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.knime.common.InputColumns;
import org.jakstat.knime.common.OrderedParallelMap;
import org.jakstat.knime.common.RowGroups;
import org.jakstat.knime.doseresponse.table.CurveColumns;
import org.jakstat.knime.doseresponse.table.CurvePointColumns;
import org.jakstat.knime.doseresponse.table.CurveResult;
import org.jakstat.knime.doseresponse.table.CurveTables;
import org.jakstat.knime.doseresponse.table.CurveTask;
import org.jakstat.knime.doseresponse.table.FitRecipe;
import org.jakstat.knime.doseresponse.table.PlotSettings;
import org.jakstat.knime.doseresponse.table.PointColumns;
import org.jakstat.knime.doseresponse.table.ResultColumns;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;

/**
 * Dose-Response Fitter: one dose-response fit per curve of a long table, through core's engine.
 *
 * <p><b>Memory model.</b> The node never holds the input as Java objects. One pass over the grouping cells tells
 * whether the table is already ordered by the grouping columns; if not, KNIME's table sorter orders it (on disk, in
 * bounded memory). The ordered table is then streamed one curve at a time ({@link RowGroups}); curves are fitted on
 * all cores ({@link OrderedParallelMap}) with at most {@value #BATCH_SIZE} curves per task and
 * {@value #PENDING_PER_THREAD} tasks per thread in flight, and written in input order on this thread into KNIME
 * tables (which KNIME buffers to disk). The plot keeps only the curves its image shows. So the node's own memory is
 * bounded by threads x {@value #PENDING_PER_THREAD} x {@value #BATCH_SIZE} curves (their rows and output rows)
 * plus one image, whatever the number of curves; only one curve must fit in memory as a whole.
 */
final class DoseResponseFitterNodeModel extends NodeModel {

    /** Curves per task: enough to make scheduling overhead negligible against ~20 us per fit. */
    static final int BATCH_SIZE = 16;

    /** Tasks in flight per worker thread. */
    static final int PENDING_PER_THREAD = 4;

    private static final String PLOT_FILE = "plot.png";

    private final DoseResponseFitterSettings m_settings = new DoseResponseFitterSettings();

    /** The last plot, for the node view; null before execution. */
    private volatile byte[] m_plot;

    DoseResponseFitterNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE}, new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE,
            BufferedDataTable.TYPE, ImagePortObject.TYPE});
    }

    DoseResponseFitterSettings settings() {
        return m_settings;
    }

    /** @return the PNG of the last execution, for the view */
    Optional<byte[]> plot() {
        return Optional.ofNullable(m_plot);
    }

    /** The column roles and output adapters of one configuration. */
    private record Layout(CurveColumns columns, FitRecipe recipe, ResultColumns results, CurvePointColumns curves,
        PointColumns points) {
    }

    private Layout layout(final DataTableSpec spec) throws InvalidSettingsException {
        DoseResponseFitterSettings s = m_settings;
        s.checkCurrent();
        List<String> groups = s.groupingColumns();
        int[] groupIndices = new int[groups.size()];
        for (int i = 0; i < groupIndices.length; i++) {
            groupIndices[i] = InputColumns.anyType(spec, groups.get(i), "Grouping column");
        }
        int conc = InputColumns.require(spec, s.m_concentrationColumn.getStringValue(), "Concentration column",
            DoubleValue.class, "numeric");
        int resp = InputColumns.require(spec, s.m_responseColumn.getStringValue(), "Response column",
            DoubleValue.class, "numeric");
        int rep = s.replicateColumn().isPresent() ? InputColumns.anyType(spec, s.replicateColumn().get(), "Replicate column") : -1;
        int sd = InputColumns.optional(spec, s.sdColumn().orElse(null), "Weight (SD) column", DoubleValue.class,
            "numeric");
        int excl = InputColumns.optional(spec, s.excludeColumn().orElse(null), "Exclude column", DoubleValue.class,
            "boolean or numeric");
        CurveColumns columns = new CurveColumns(groupIndices, conc, s.concentrationScale(), resp, rep, sd, excl);
        FitRecipe recipe = s.recipe();
        ConcentrationUnit unit = s.potencyUnit();
        return new Layout(columns, recipe,
            new ResultColumns(spec, groupIndices, recipe, unit, s.profileLikelihood(), rep >= 0),
            new CurvePointColumns(spec, groupIndices, unit, s.m_curvePoints.getIntValue()),
            new PointColumns(spec, s.excludeColumn(), recipe.settings()));
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        Layout l = layout((DataTableSpec)inSpecs[0]);
        return new PortObjectSpec[]{l.results().spec(), l.curves().spec(), l.points().spec(), PlotSettings.IMAGE_SPEC};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable)inObjects[0];
        Layout l = layout(table.getDataTableSpec());
        BufferedDataTable ordered =
            RowGroups.contiguous(table, l.columns().groups(), exec.createSubExecutionContext(0.2));
        ExecutionContext fitExec = exec.createSubExecutionContext(0.75);
        DoseResponseCharts charts = new DoseResponseCharts(chartOptions());
        CurveTables tables = new CurveTables(fitExec, l.results(), l.curves(), l.points(), charts, table.size());
        CurveTask task = new CurveTask(l.columns(), l.recipe(), l.results(), l.curves(), l.points(),
            m_settings.m_plot.overlay(), m_settings.groupingColumns().isEmpty() ? "all rows"
                : m_settings.groupingColumns().get(0));
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (RowGroups groups = RowGroups.of(ordered, l.columns().groups());
                OrderedParallelMap<List<DataRow>, CurveResult> fits = new OrderedParallelMap<>(threads, BATCH_SIZE,
                    PENDING_PER_THREAD * threads, task, tables::write)) {
            List<DataRow> curve;
            while ((curve = groups.next()) != null) {
                exec.checkCanceled();
                fits.add(curve);
            }
            fits.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CanceledExecutionException("interrupted while fitting");
        }
        BufferedDataTable[] out = tables.close();
        exec.setProgress(0.95, "drawing the plot");
        byte[] png = m_settings.m_plot.render(charts.chart());
        m_plot = png;
        String warning = tables.warning();
        if (warning != null) {
            setWarningMessage(warning);
        }
        return new PortObject[]{out[0], out[1], out[2], PlotSettings.portObject(png)};
    }

    private ChartOptions chartOptions() throws InvalidSettingsException {
        return m_settings.m_plot.apply(ChartOptions.defaults()
            .withAxisTitles(m_settings.m_responseColumn.getStringValue(), "Concentration"));
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.saveSettingsTo(settings);
    }

    @Override
    protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.validateSettings(settings);
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.loadValidatedSettingsFrom(settings);
    }

    /** Restores the plot the view shows after a saved workflow is loaded. */
    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) throws IOException {
        File f = new File(nodeInternDir, PLOT_FILE);
        m_plot = f.isFile() ? Files.readAllBytes(f.toPath()) : null;
    }

    /** Saves the plot the view shows (the only state kept between executions). */
    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) throws IOException {
        byte[] png = m_plot;
        if (png != null) {
            Files.write(new File(nodeInternDir, PLOT_FILE).toPath(), png);
        }
    }

    @Override
    protected void reset() {
        m_plot = null;
    }
}
