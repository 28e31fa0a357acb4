package org.jakstat.knime.timecourse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jakstat.core.doseresponse.FitStatus;
import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.timecourse.DoseDependence;
import org.jakstat.core.timecourse.PdSample;
import org.jakstat.core.timecourse.SubjectStatus;
import org.jakstat.core.timecourse.TimeCourseAnalysis;
import org.jakstat.core.timecourse.TimeCourseAnalyzer;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.TableLayout;
import org.jakstat.core.timecourse.TimeCourseChart;
import org.jakstat.core.timecourse.TimeCourseSettings;
import org.jakstat.core.timecourse.TimeCourseTables;
import org.jakstat.knime.common.ResultCells;
import org.jakstat.knime.common.SettingsNodeModel;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/**
 * PD Time-Course Analyzer: reads a long table of PD samples, analyses it with core's {@link TimeCourseAnalyzer},
 * and writes the per-subject metrics (output 1), the effect per group and time (2), each metric summarised per
 * group (3), the dose-dependence fit (4) and the mean ± SEM time courses as a PNG (5).
 */
final class TimeCourseAnalyzerNodeModel extends SettingsNodeModel<TimeCourseAnalyzerSettings> {

    private static final ImagePortObjectSpec PLOT_SPEC = new ImagePortObjectSpec(PNGImageContent.TYPE);

    TimeCourseAnalyzerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE,
                BufferedDataTable.TYPE, ImagePortObject.TYPE},
            new TimeCourseAnalyzerSettings());
    }

    /** What configure checked and execute needs. */
    private record Plan(TimeCourseInput input, TimeCourseSettings analysis, TimeCourseTables tables) {
    }

    private Plan plan(final DataTableSpec spec) throws InvalidSettingsException {
        settings().checkCurrent();
        TimeCourseSettings analysis = settings().analysis();
        TimeCourseInput input = new TimeCourseInput(spec, settings());
        return new Plan(input, analysis, new TimeCourseTables(analysis, settings().doseUnit()));
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        TimeCourseTables t = plan((DataTableSpec)inSpecs[0]).tables();
        return new PortObjectSpec[]{ResultCells.spec(t.subjects()), ResultCells.spec(t.perTime()),
            ResultCells.spec(t.perMetric()), ResultCells.spec(t.doseDependence()), PLOT_SPEC};
    }

    @Override
    protected PortObject[] execute(final PortObject[] in, final ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable)in[0];
        Plan plan = plan(table.getDataTableSpec());
        List<PdSample> samples = plan.input().read(table, exec.createSubProgress(0.5));
        exec.setMessage("analysing " + samples.size() + " samples");
        TimeCourseAnalysis a = new TimeCourseAnalyzer(plan.analysis()).analyze(samples);
        exec.checkCanceled();
        TimeCourseTables t = plan.tables();
        BufferedDataTable subjects = write(exec, t.subjects(), a.subjects().stream().map(t::subjectRow).toList());
        BufferedDataTable perTime = write(exec, t.perTime(), a.timeSummaries().stream().map(t::perTimeRow).toList());
        BufferedDataTable perMetric = write(exec, t.perMetric(),
            a.metricSummaries().stream().map(t::perMetricRow).toList());
        BufferedDataTable dose = write(exec, t.doseDependence(), a.doseDependence().stream().map(t::doseRow).toList());
        exec.setMessage("drawing the time courses");
        byte[] png = ChartRenderer.renderPng(TimeCourseChart.of(a, settings().m_individualLines.getBooleanValue()),
            settings().m_imageWidth.getIntValue(), settings().m_imageHeight.getIntValue());
        warn(a);
        return new PortObject[]{subjects, perTime, perMetric, dose,
            new ImagePortObject(new PNGImageContent(png), PLOT_SPEC)};
    }

    private static BufferedDataTable write(final ExecutionContext exec, final TableLayout layout,
        final List<ResultRow> rows) throws Exception {
        BufferedDataContainer c = exec.createDataContainer(ResultCells.spec(layout));
        long key = 0;
        for (ResultRow row : rows) {
            exec.checkCanceled();
            c.addRowToTable(ResultCells.row(RowKey.createRowKey(key++), row));
        }
        c.close();
        return c.getTable();
    }

    private void warn(final TimeCourseAnalysis a) {
        List<String> parts = new ArrayList<>();
        Map<SubjectStatus, Integer> flagged = new EnumMap<>(SubjectStatus.class);
        a.subjects().stream().filter(s -> !s.isOk()).forEach(s -> flagged.merge(s.status(), 1, Integer::sum));
        if (!flagged.isEmpty()) {
            parts.add(a.flaggedSubjects() + " of " + a.subjects().size() + " subjects flagged (" + flagged.entrySet()
                .stream().map(e -> e.getKey().name() + ": " + e.getValue()).collect(Collectors.joining(", "))
                + "); the reason is in column '" + TimeCourseTables.REASON + "'.");
        }
        a.doseDependence().map(DoseDependence::fit).filter(f -> f.status() != FitStatus.FITTED).ifPresent(
            f -> parts.add("The dose-dependence fit did not succeed (" + f.status().name() + "): " + f.statusReason()
                + "."));
        if (!parts.isEmpty()) {
            setWarningMessage(String.join("\n", parts));
        }
    }
}
