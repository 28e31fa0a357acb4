package org.jakstat.knime.pkpd;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.PkPdFitStatus;
import org.jakstat.core.pkpd.report.DoseScenario;
import org.jakstat.core.pkpd.report.FitJob;
import org.jakstat.core.pkpd.report.FitOutcome;
import org.jakstat.core.pkpd.report.FitSetup;
import org.jakstat.core.pkpd.report.ObservationRow;
import org.jakstat.core.pkpd.report.ScenarioOutcome;
import org.jakstat.core.pkpd.report.SimulationJob;
import org.jakstat.core.pkpd.report.SimulationSetup;
import org.jakstat.core.plot.Chart;
import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.TableLayout;
import org.jakstat.knime.common.InputColumns;
import org.jakstat.knime.common.ResultCells;
import org.jakstat.knime.common.SettingsNodeModel;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/**
 * PK/PD Model: simulates concentration and effect time courses (one simulation per scenario row, or one from the
 * settings) or fits the model to observed time courses. Ports: optional scenario table and optional observed
 * data in; time courses (or observations with predictions), summary (or fit results) and a PNG chart out. The
 * science is core's {@link SimulationJob} and {@link FitJob}; this class reads tables and writes results.
 */
final class PkPdModelNodeModel extends SettingsNodeModel<PkPdModelSettings> {

    static final int SCENARIOS = 0;

    static final int OBSERVED = 1;

    private final PkPdModelSettings m_settings;

    PkPdModelNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE_OPTIONAL, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE, ImagePortObject.TYPE},
            new PkPdModelSettings());
        m_settings = settings();
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        m_settings.checkCurrent();
        PortObjectSpec image = new ImagePortObjectSpec(PNGImageContent.TYPE);
        if (m_settings.isFit()) {
            fitColumns((DataTableSpec)inSpecs[OBSERVED]);
            return new PortObjectSpec[] {ResultCells.spec(FitJob.observationLayout(m_settings.quantity())),
                ResultCells.spec(FitJob.summaryLayout(m_settings.fitStructure(),
                    m_settings.m_confidence.getDoubleValue())), image};
        }
        if (inSpecs[SCENARIOS] != null) {
            scenarioColumns((DataTableSpec)inSpecs[SCENARIOS]);
        }
        return new PortObjectSpec[] {ResultCells.spec(SimulationJob.timeCourseLayout(m_settings.pd())),
            ResultCells.spec(SimulationJob.summaryLayout(m_settings.pd())), image};
    }

    /** Column indices: name, dose, interval, number of doses (-1 when not selected). */
    private int[] scenarioColumns(final DataTableSpec spec) throws InvalidSettingsException {
        return new int[] {
            InputColumns.optional(spec, m_settings.m_scenarioNameColumn.getStringValue(), "Scenario name column",
                DataValue.class, "any"),
            InputColumns.require(spec, m_settings.m_scenarioDoseColumn.getStringValue(), "Scenario dose column",
                DoubleValue.class, "numeric"),
            InputColumns.optional(spec, m_settings.m_scenarioIntervalColumn.getStringValue(),
                "Scenario interval column", DoubleValue.class, "numeric"),
            InputColumns.optional(spec, m_settings.m_scenarioDosesColumn.getStringValue(),
                "Scenario number-of-doses column", DoubleValue.class, "numeric")};
    }

    /** Column indices: subject, dose, time, value (-1 when not selected). */
    private int[] fitColumns(final DataTableSpec spec) throws InvalidSettingsException {
        if (spec == null) {
            throw new InvalidSettingsException("Mode 'Fit' needs observed data at the second input port: connect a "
                + "table with time and observed value columns (and optionally subject and dose), or choose mode "
                + "'Simulate'.");
        }
        int subject = InputColumns.optional(spec, m_settings.m_subjectColumn.getStringValue(), "Subject column",
            DataValue.class, "any");
        if (subject < 0 && m_settings.m_perSubject.getBooleanValue()) {
            throw new InvalidSettingsException("'Fit each subject separately' needs a subject column: choose one, or "
                + "clear the option for one pooled fit.");
        }
        return new int[] {subject,
            InputColumns.optional(spec, m_settings.m_observedDoseColumn.getStringValue(), "Dose column",
                DoubleValue.class, "numeric"),
            InputColumns.require(spec, m_settings.m_timeColumn.getStringValue(), "Time column", DoubleValue.class,
                "numeric"),
            InputColumns.require(spec, m_settings.m_valueColumn.getStringValue(), "Observed value column",
                DoubleValue.class, "numeric")};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        configure(new PortObjectSpec[] {spec(inObjects[SCENARIOS]), spec(inObjects[OBSERVED])});
        return m_settings.isFit() ? fit((BufferedDataTable)inObjects[OBSERVED], exec)
            : simulate((BufferedDataTable)inObjects[SCENARIOS], exec);
    }

    private static DataTableSpec spec(final PortObject table) {
        return table == null ? null : ((BufferedDataTable)table).getDataTableSpec();
    }

    private PortObject[] simulate(final BufferedDataTable scenarios, final ExecutionContext exec) throws Exception {
        List<DoseScenario> list = scenarios == null ? List.of(settingsScenario()) : readScenarios(scenarios, exec);
        SimulationJob job = new SimulationJob(new SimulationSetup(m_settings.simulationStructure(), m_settings.values(),
            m_settings.m_fu.getDoubleValue(), m_settings.molarMass(), m_settings.grid(), list));
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < job.size(); i++) {
            exec.checkCanceled();
            exec.setProgress(0.9 * i / job.size(), "simulating scenario " + (i + 1) + " of " + job.size());
            outcomes.add(job.simulate(i));
        }
        long failed = outcomes.stream().filter(o -> o.failure().isPresent()).count();
        if (failed > 0) {
            setWarningMessage(failed + " of " + outcomes.size() + " scenarios could not be simulated; the reason is in "
                + "the summary's column 'Reason'.");
        }
        PdStructure pd = m_settings.pd();
        return outputs(table(SimulationJob.timeCourseLayout(pd), job.timeCourse(outcomes), exec),
            table(SimulationJob.summaryLayout(pd), job.summary(outcomes), exec), job.chart(outcomes));
    }

    private DoseScenario settingsScenario() {
        return DoseScenario.ofDose(m_settings.m_dose.getDoubleValue(), m_settings.m_interval.getDoubleValue(),
            m_settings.m_doses.getIntValue());
    }

    private List<DoseScenario> readScenarios(final BufferedDataTable table, final ExecutionContext exec)
        throws Exception {
        int[] c = scenarioColumns(table.getDataTableSpec());
        List<DoseScenario> out = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                exec.checkCanceled();
                DataRow row = it.next();
                String name = c[0] < 0 ? row.getKey().getString() : text(row.getCell(c[0]));
                out.add(new DoseScenario(name == null ? row.getKey().getString() : name, number(row, c[1]),
                    c[2] < 0 ? m_settings.m_interval.getDoubleValue() : number(row, c[2]),
                    c[3] < 0 ? m_settings.m_doses.getIntValue() : number(row, c[3])));
            }
        }
        return out;
    }

    private PortObject[] fit(final BufferedDataTable observed, final ExecutionContext exec) throws Exception {
        FitJob job = new FitJob(new FitSetup(m_settings.fitStructure(), m_settings.values(), m_settings.held(),
            m_settings.quantity(), m_settings.weighting(), m_settings.m_fu.getDoubleValue(), m_settings.molarMass(),
            m_settings.m_confidence.getDoubleValue(), m_settings.m_interval.getDoubleValue(),
            m_settings.m_doses.getIntValue(), m_settings.m_perSubject.getBooleanValue(), readObserved(observed, exec)));
        List<FitOutcome> outcomes = new ArrayList<>();
        List<String> names = job.fitNames();
        for (int i = 0; i < names.size(); i++) {
            exec.checkCanceled();
            exec.setProgress(0.9 * i / names.size(), "fitting " + names.get(i) + " (" + (i + 1) + " of "
                + names.size() + ")");
            outcomes.add(job.fit(i));
        }
        warnAboutFit(job, outcomes);
        return outputs(table(FitJob.observationLayout(job.setup().quantity()), job.observations(outcomes), exec),
            table(FitJob.summaryLayout(job.setup().structure(), job.setup().confidenceLevel()), job.summary(outcomes),
                exec), job.chart(outcomes));
    }

    private void warnAboutFit(final FitJob job, final List<FitOutcome> outcomes) {
        List<String> parts = new ArrayList<>();
        long notFitted = outcomes.stream().filter(o -> o.result().status() != PkPdFitStatus.FITTED).count();
        if (outcomes.isEmpty()) {
            parts.add("no row has a usable subject and dose, so nothing was fitted");
        } else if (notFitted > 0) {
            parts.add(notFitted + " of " + outcomes.size() + " fits did not succeed; see the fit results' columns "
                + "'Status' and 'Reason'");
        }
        long excluded = job.rejectedRows()
            + outcomes.stream().mapToLong(o -> o.result().observations().size() - o.result().usedObservations()).sum();
        if (excluded > 0) {
            parts.add(excluded + " of " + job.setup().rows().size() + " observed rows were excluded; the reason is in "
                + "the column 'Reason'");
        }
        if (!parts.isEmpty()) {
            setWarningMessage(String.join("; ", parts) + ".");
        }
    }

    private List<ObservationRow> readObserved(final BufferedDataTable table, final ExecutionContext exec)
        throws Exception {
        int[] c = fitColumns(table.getDataTableSpec());
        List<ObservationRow> out = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                exec.checkCanceled();
                DataRow row = it.next();
                String subject = c[0] < 0 ? "" : text(row.getCell(c[0]));
                double dose = c[1] < 0 ? m_settings.m_dose.getDoubleValue() : number(row, c[1]);
                out.add(new ObservationRow(subject, dose, number(row, c[2]), number(row, c[3])));
            }
        }
        return out;
    }

    private static String text(final DataCell cell) {
        if (cell.isMissing()) {
            return null;
        }
        return cell instanceof StringValue s ? s.getStringValue() : cell.toString();
    }

    private static double number(final DataRow row, final int index) {
        DataCell cell = row.getCell(index);
        return cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
    }

    private static PortObject[] outputs(final BufferedDataTable first, final BufferedDataTable second,
        final Chart chart) {
        byte[] png = ChartRenderer.renderPng(chart);
        return new PortObject[] {first, second,
            new ImagePortObject(new PNGImageContent(png), new ImagePortObjectSpec(PNGImageContent.TYPE))};
    }

    /** @return the rows as a KNIME table, keys Row0, Row1, ... */
    private static BufferedDataTable table(final TableLayout layout, final List<ResultRow> rows,
        final ExecutionContext exec) throws CanceledExecutionException {
        BufferedDataContainer c = exec.createDataContainer(ResultCells.spec(layout));
        for (int i = 0; i < rows.size(); i++) {
            if (i % 1000 == 0) {
                exec.checkCanceled();
            }
            c.addRowToTable(ResultCells.row(RowKey.createRowKey((long)i), rows.get(i)));
        }
        c.close();
        return c.getTable();
    }
}
