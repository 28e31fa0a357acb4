package org.jakstat.knime.selectivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.selectivity.CoverageTableLayout;
import org.jakstat.core.selectivity.CytokinePathway;
import org.jakstat.core.selectivity.CytokinePathwayTable;
import org.jakstat.core.selectivity.DosingInterval;
import org.jakstat.core.selectivity.NamedConcentration;
import org.jakstat.core.selectivity.PathwayCoverage;
import org.jakstat.core.selectivity.PathwayCoverageChart;
import org.jakstat.core.selectivity.PathwayCoverageReport;
import org.jakstat.core.selectivity.PathwayInhibition;
import org.jakstat.core.selectivity.PathwayTimeCoverage;
import org.jakstat.core.table.ResultRow;
import org.jakstat.knime.common.ResultCells;
import org.jakstat.knime.common.SettingsNodeModel;
import org.jakstat.knime.selectivity.ConcentrationCourseInput.Course;
import org.jakstat.knime.selectivity.PathwayPotencyInput.Compound;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/**
 * Cytokine Pathway Coverage: predicts each compound's inhibition of cytokine pathways with core's
 * {@link PathwayCoverage}, at fixed concentrations (settings) or over a concentration-time course (input 2).
 */
final class CytokinePathwayCoverageNodeModel extends SettingsNodeModel<CytokinePathwayCoverageSettings> {

    private static final int POTENCIES = 0;

    private static final int COURSE = 1;

    private static final int PATHWAYS = 2;

    private static final int CELLULAR = 3;

    private static final ImagePortObjectSpec PLOT_SPEC = new ImagePortObjectSpec(PNGImageContent.TYPE);

    CytokinePathwayCoverageNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL, BufferedDataTable.TYPE_OPTIONAL,
            BufferedDataTable.TYPE_OPTIONAL}, new PortType[]{BufferedDataTable.TYPE, ImagePortObject.TYPE},
            new CytokinePathwayCoverageSettings());
    }

    /** What configure checked and execute needs; {@code course} and {@code pathways} are null when unconnected. */
    private record Plan(PathwayPotencyInput potencies, ConcentrationCourseInput course, PathwayTableInput pathways,
        CoverageTableLayout table) {
    }

    private Plan plan(final PortObjectSpec[] in) throws InvalidSettingsException {
        settings().checkCurrent();
        DataTableSpec potencySpec = (DataTableSpec)in[POTENCIES];
        PathwayPotencyInput potencies = new PathwayPotencyInput(potencySpec, (DataTableSpec)in[CELLULAR], settings());
        DataTableSpec courseSpec = (DataTableSpec)in[COURSE];
        ConcentrationCourseInput course = null;
        if (courseSpec != null) {
            course = new ConcentrationCourseInput(courseSpec, settings());
        } else if (settings().concentrations().isEmpty()) {
            throw new InvalidSettingsException("No fixed concentrations: enter them in the dialog, one per line as "
                + "'label = value' (e.g. 'free Cmax = 120'), or connect a concentration-time table to input 2.");
        }
        PathwayTableInput pathways = in[PATHWAYS] == null ? null
            : new PathwayTableInput((DataTableSpec)in[PATHWAYS], settings());
        Optional<String> subject = Optional.empty();
        Optional<String> regimen = Optional.empty();
        if (course != null && course.subjectColumn() >= 0) {
            subject = Optional.of(courseSpec.getColumnSpec(course.subjectColumn()).getName());
        }
        if (course != null && course.regimenColumn() >= 0) {
            regimen = Optional.of(courseSpec.getColumnSpec(course.regimenColumn()).getName());
        }
        CoverageTableLayout table = new CoverageTableLayout(potencySpec.getColumnSpec(potencies.compoundColumn()).getName(),
            subject, regimen, course != null, settings().concentrationUnit(), settings().timeUnit());
        return new Plan(potencies, course, pathways, table);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[]{ResultCells.spec(plan(inSpecs).table().layout()), PLOT_SPEC};
    }

    @Override
    protected PortObject[] execute(final PortObject[] in, final ExecutionContext exec) throws Exception {
        PortObjectSpec[] specs = new PortObjectSpec[in.length];
        for (int i = 0; i < in.length; i++) {
            specs[i] = in[i] == null ? null : ((BufferedDataTable)in[i]).getDataTableSpec();
        }
        Plan plan = plan(specs);
        List<String> warnings = new ArrayList<>();
        List<CytokinePathway> pathways = plan.pathways() == null ? CytokinePathwayTable.builtIn()
            : plan.pathways().read((BufferedDataTable)in[PATHWAYS], warnings);
        BufferedDataContainer out = exec.createDataContainer(ResultCells.spec(plan.table().layout()));
        PathwayCoverageChart chart = new PathwayCoverageChart();
        if (pathways.isEmpty()) {
            warnings.add("The pathway table has no usable row: nothing to predict.");
        } else {
            List<Compound> compounds = plan.potencies().read((BufferedDataTable)in[POTENCIES],
                (BufferedDataTable)in[CELLULAR], warnings);
            Rows rows = new Rows(out, new PathwayCoverage(settings().model(pathways)), pathways, plan.table(),
                warnings, chart);
            if (plan.course() == null) {
                rows.atConcentrations(compounds, settings().concentrations(), exec);
            } else {
                List<Course> courses = plan.course().read((BufferedDataTable)in[COURSE], warnings);
                rows.overTimeCourses(compounds, courses, plan.course().byCompound(), settings().interval(), exec);
            }
            rows.summarise();
        }
        out.close();
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", warnings));
        }
        // undetermined predictions are grey cells in the plot; their reasons are in the table
        PortObject image = new ImagePortObject(new PNGImageContent(ChartRenderer.renderPng(chart.chart())), PLOT_SPEC);
        return new PortObject[]{out.getTable(), image};
    }

    /** Writes the output rows, one compound (and course) at a time, and counts what could not be predicted. */
    private static final class Rows {

        private final BufferedDataContainer m_out;

        private final PathwayCoverage m_coverage;

        private final Map<String, CytokinePathway> m_pathways = new LinkedHashMap<>();

        private final CoverageTableLayout m_table;

        private final List<String> m_warnings;

        private final PathwayCoverageChart m_chart;

        private long m_rows;

        private long m_undetermined;

        Rows(final BufferedDataContainer out, final PathwayCoverage coverage, final List<CytokinePathway> pathways,
            final CoverageTableLayout table, final List<String> warnings, final PathwayCoverageChart chart) {
            m_out = out;
            m_coverage = coverage;
            pathways.forEach(p -> m_pathways.put(p.cytokine(), p));
            m_table = table;
            m_warnings = warnings;
            m_chart = chart;
        }

        void atConcentrations(final List<Compound> compounds, final List<NamedConcentration> concentrations,
            final ExecutionMonitor exec) throws Exception {
            for (int i = 0; i < compounds.size(); i++) {
                Compound c = progress(exec, i, compounds);
                PathwayCoverageReport<PathwayInhibition> report = m_coverage.atConcentrations(c.toCore(),
                    concentrations);
                reportNotes(report);
                for (PathwayInhibition r : report.rows()) {
                    m_chart.add(c.name(), r);
                    add(m_table.fixedRow(c.name(), m_pathways.get(r.cytokine()), r, c.notes()));
                }
            }
        }

        void overTimeCourses(final List<Compound> compounds, final List<Course> courses, final boolean byCompound,
            final DosingInterval interval, final ExecutionMonitor exec) throws Exception {
            List<Compound> all = new ArrayList<>(compounds);
            if (byCompound) {
                courses.stream().map(Course::compound).distinct()
                    .filter(name -> compounds.stream().noneMatch(c -> c.name().equals(name)))
                    .forEach(name -> all.add(new Compound(name, List.of(), List.of(), List.of(
                        "compound " + name + " has a concentration-time course but is not in the potency table"))));
            }
            for (int i = 0; i < all.size(); i++) {
                Compound c = progress(exec, i, all);
                List<Course> mine = courses.stream().filter(k -> !byCompound || k.compound().equals(c.name()))
                    .toList();
                if (mine.isEmpty()) {
                    Course none = new Course(c.name(), null, null, Optional.empty(), List.of(
                        "no concentration-time course for this compound"));
                    mine = List.of(none);
                }
                for (Course course : mine) {
                    timeRows(c, course, interval);
                }
            }
        }

        private void timeRows(final Compound c, final Course course, final DosingInterval interval) {
            List<String> notes = new ArrayList<>(c.notes());
            notes.addAll(course.notes());
            if (course.curve().isEmpty()) {
                m_pathways.values().forEach(p -> add(m_table.timeRow(c.name(), Optional.ofNullable(course.subject()),
                    Optional.ofNullable(course.regimen()), p, Optional.empty(), interval, notes)));
                return;
            }
            PathwayCoverageReport<PathwayTimeCoverage> report = m_coverage.overTimeCourse(c.toCore(),
                course.curve().get(), interval);
            reportNotes(report);
            String label = courseLabel(course);
            for (PathwayTimeCoverage r : report.rows()) {
                m_chart.add(c.name(), label, r);
                add(m_table.timeRow(c.name(), Optional.ofNullable(course.subject()),
                    Optional.ofNullable(course.regimen()), m_pathways.get(r.cytokine()), Optional.of(r), interval,
                    notes));
            }
        }

        /** @return the course's column in the plot: its regimen and subject, or "course" when it has neither */
        private static String courseLabel(final Course course) {
            List<String> parts = new ArrayList<>();
            Optional.ofNullable(course.regimen()).ifPresent(parts::add);
            Optional.ofNullable(course.subject()).ifPresent(parts::add);
            return parts.isEmpty() ? "course" : String.join(" \u00b7 ", parts);
        }

        private static Compound progress(final ExecutionMonitor exec, final int i, final List<Compound> compounds)
            throws Exception {
            exec.checkCanceled();
            Compound c = compounds.get(i);
            exec.setProgress(i / (double)compounds.size(), "pathway coverage of " + c.name());
            return c;
        }

        private void reportNotes(final PathwayCoverageReport<?> report) {
            report.notes().forEach(n -> m_warnings.add(report.compound() + ": " + n + "."));
        }

        private void add(final ResultRow row) {
            if (m_table.isUndetermined(row)) {
                m_undetermined++;
            }
            m_out.addRowToTable(ResultCells.row(RowKey.createRowKey(m_rows++), row));
        }

        void summarise() {
            if (m_undetermined > 0) {
                m_warnings.add(0, m_undetermined + " of " + m_rows + " rows could not be predicted; the reason is in "
                    + "column '" + CoverageTableLayout.REASON + "'.");
            }
        }
    }
}
