package org.jakstat.cli.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jakstat.cli.MalformedInputException;
import org.jakstat.cli.PkPdSimulateCommand;
import org.jakstat.cli.ResultTableCsv;
import org.jakstat.cli.example.ExampleTruth;
import org.jakstat.core.pkpd.MolarMass;
import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.SteadyStateExposure;
import org.jakstat.core.pkpd.report.ScenarioOutcome;
import org.jakstat.core.pkpd.report.SimulationJob;
import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.selectivity.CensoredValue;
import org.jakstat.core.selectivity.CombinationRule;
import org.jakstat.core.selectivity.CoverageTableLayout;
import org.jakstat.core.selectivity.CytokinePathway;
import org.jakstat.core.selectivity.DosingInterval;
import org.jakstat.core.selectivity.NamedConcentration;
import org.jakstat.core.selectivity.PathwayCoverage;
import org.jakstat.core.selectivity.PathwayCoverageChart;
import org.jakstat.core.selectivity.PathwayCoverageReport;
import org.jakstat.core.selectivity.PathwayCoverageSettings;
import org.jakstat.core.selectivity.PathwayInhibition;
import org.jakstat.core.selectivity.PathwayPotencies;
import org.jakstat.core.selectivity.PathwayTimeCoverage;
import org.jakstat.core.selectivity.SelectivityProfile;
import org.jakstat.core.table.ColumnKind;
import org.jakstat.core.table.ResultColumn;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;
import org.jakstat.core.timecourse.PiecewiseLinearCurve;

/**
 * Step 2b: which cytokine pathways the enzyme IC50s block at clinical exposure. Plasma concentrations come from
 * {@code jakstat pkpd simulate} (the PK/PD Model node's core) with the PK of the example data's README, once daily at
 * 2 and 4 mg for seven days; the coverage of every pathway of the built-in table over day 7 (steady state) and at
 * Cmax,ss and Cmin,ss comes from core's {@link PathwayCoverage}, the Cytokine Pathway Coverage node's core, which
 * inhibits each JAK by the free concentration (fu x total) through a Hill curve of slope 1 and combines the JAKs
 * of a pathway by "either JAK blocks".
 */
final class CoverageStep {

    /** Folder of the PK simulation's files (timecourse.csv, summary.csv, chart.png and .svg). */
    static final String PK_DIR = SelectivityStep.DIR + "/pk";

    /** Coverage over the steady-state day. */
    static final String COVERAGE = "pathway-coverage.csv";

    /** Coverage at Cmax,ss, Cavg,ss and Cmin,ss. */
    static final String COVERAGE_AT_CSS = "pathway-coverage-at-css.csv";

    /** The Cytokine Pathway Coverage node's heat map of the steady-state peak, average and trough, .png and .svg. */
    static final String COVERAGE_PLOT = "pathway-coverage";

    /** Once daily. */
    static final double INTERVAL_H = 24;

    /** Doses simulated: a week of once-daily dosing. */
    static final int DOSES = 7;

    /** The day summarised: the last one, at steady state (half-life 7.3 h). */
    static final DosingInterval STEADY_STATE_DAY = new DosingInterval((DOSES - 1) * INTERVAL_H, DOSES * INTERVAL_H);

    private final StepCommand m_command;

    private final PkPdSimulateCommand.Simulated m_pk;

    private final Map<String, List<PathwayTimeCoverage>> m_coverage;

    private final Map<String, List<PathwayInhibition>> m_atCss;

    private final List<CytokinePathway> m_pathways;

    private CoverageStep(final StepCommand command, final PkPdSimulateCommand.Simulated pk,
        final Map<String, List<PathwayTimeCoverage>> coverage, final Map<String, List<PathwayInhibition>> atCss,
        final List<CytokinePathway> pathways) {
        m_command = command;
        m_pk = pk;
        m_coverage = coverage;
        m_atCss = atCss;
        m_pathways = pathways;
    }

    /** @return the PK arguments shared with the PK/PD fit: the README's one-compartment oral model */
    static List<String> pkOptions() {
        return List.of("--pk", "one", "--half-life", Double.toString(ExampleTruth.HALF_LIFE_H), "--tmax",
            Double.toString(ExampleTruth.TMAX_H), "--v", Double.toString(ExampleTruth.VOLUME_OVER_F_L), "--fu",
            Double.toString(ExampleTruth.FRACTION_UNBOUND), "--mw", Double.toString(ExampleTruth.MOLAR_MASS));
    }

    /**
     * @param compound the compound
     * @param profile its selectivity profile (the JAK IC50s)
     * @param out the demo's output folder
     * @return the step with its results
     * @throws IOException when a file cannot be written
     * @throws MalformedInputException never (no input file is read)
     */
    static CoverageStep run(final String compound, final SelectivityProfile profile, final Path out)
        throws IOException, MalformedInputException {
        List<String> args = new ArrayList<>(pkOptions());
        args.addAll(List.of("--pd", "none", "--dose", "2,4", "--interval", Double.toString(INTERVAL_H), "--doses",
            Integer.toString(DOSES), "--from", "0", "--to", Double.toString(STEADY_STATE_DAY.end()), "--step", "0.25",
            "--out", out.resolve(PK_DIR).toString()));
        StepCommand command = new StepCommand("pkpd simulate", args);
        PkPdSimulateCommand.Simulated pk = command.parse(new PkPdSimulateCommand()).simulate();
        PathwayCoverage coverage = new PathwayCoverage(PathwayCoverageSettings.defaults()
            .withRule(CombinationRule.EITHER_JAK_BLOCKS).withFractionUnbound(ExampleTruth.FRACTION_UNBOUND));
        PathwayPotencies potencies = PathwayPotencies.fromProfile(profile);
        MolarMass mw = pk.job().setup().molarMass();
        Map<String, List<PathwayTimeCoverage>> byRegimen = new LinkedHashMap<>();
        Map<String, List<PathwayInhibition>> atCss = new LinkedHashMap<>();
        for (ScenarioOutcome o : pk.outcomes()) {
            double[] total = o.course().orElseThrow().totalConcentration();
            double[] molar = new double[total.length];
            for (int i = 0; i < total.length; i++) {
                molar[i] = mw.toMolar(total[i]);
            }
            PathwayCoverageReport<PathwayTimeCoverage> r = coverage.overTimeCourse(potencies,
                PiecewiseLinearCurve.of(o.course().orElseThrow().times(), molar), STEADY_STATE_DAY);
            byRegimen.put(regimen(o), r.rows());
            SteadyStateExposure e = o.exposure().orElseThrow();
            atCss.put(regimen(o), coverage.atConcentrations(potencies, List.of(
                new NamedConcentration("Cmax,ss", mw.toMolar(e.cmax())),
                new NamedConcentration("Cavg,ss", mw.toMolar(e.cavg())),
                new NamedConcentration("Cmin,ss", mw.toMolar(e.cmin())))).rows());
        }
        CoverageStep step = new CoverageStep(command, pk, byRegimen, atCss, coverage.settings().pathways());
        step.write(compound, out.resolve(SelectivityStep.DIR));
        return step;
    }

    private static String regimen(final ScenarioOutcome o) {
        return o.scenario().name() + " once daily";
    }

    private void write(final String compound, final Path dir) throws IOException {
        CoverageTableLayout time = new CoverageTableLayout("Compound", Optional.empty(), Optional.of("Regimen"),
            true, ConcentrationUnit.NM, "h");
        List<ResultRow> rows = new ArrayList<>();
        m_coverage.forEach((regimen, list) -> list.forEach(r -> rows.add(time.timeRow(compound, Optional.empty(),
            Optional.of(regimen), pathway(r.cytokine()), Optional.of(r), STEADY_STATE_DAY, List.of()))));
        writeCsv(dir.resolve(COVERAGE), time.layout(), rows);
        // the node's fixed-concentration table has no regimen column: one is put in front
        CoverageTableLayout fixed = new CoverageTableLayout("Compound", Optional.empty(), Optional.empty(), false,
            ConcentrationUnit.NM, "h");
        List<ResultColumn> columns = new ArrayList<>(List.of(new ResultColumn("Regimen", ColumnKind.TEXT)));
        columns.addAll(fixed.layout().columns());
        List<ResultRow> atCss = new ArrayList<>();
        m_atCss.forEach((regimen, list) -> list.forEach(r -> {
            List<ResultValue> values = new ArrayList<>(List.of(ResultValue.text(regimen)));
            values.addAll(fixed.fixedRow(compound, pathway(r.cytokine()), r, List.of()).values());
            atCss.add(new ResultRow(values));
        }));
        writeCsv(dir.resolve(COVERAGE_AT_CSS), new TableLayout(columns), atCss);
        // the node's plot of the same predictions; one column per regimen and concentration
        PathwayCoverageChart chart = new PathwayCoverageChart();
        m_atCss.forEach((regimen, list) -> list.forEach(r -> chart.add(compound, new PathwayInhibition(r.cytokine(),
            regimen.replace(" once daily", "") + " " + r.concentration(), r.totalMolar(), r.freeMolar(),
            r.percentInhibition(), r.source(), r.notes()))));
        Files.write(dir.resolve(COVERAGE_PLOT + ".png"), ChartRenderer.renderPng(chart.chart()));
        Files.writeString(dir.resolve(COVERAGE_PLOT + ".svg"), ChartRenderer.renderSvg(chart.chart()),
            StandardCharsets.UTF_8);
    }

    private static void writeCsv(final Path file, final TableLayout layout, final List<ResultRow> rows)
        throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ResultTableCsv csv = new ResultTableCsv(w, layout);
            for (ResultRow r : rows) {
                csv.write(r);
            }
        }
    }

    private CytokinePathway pathway(final String cytokine) {
        return m_pathways.stream().filter(p -> p.cytokine().equals(cytokine)).findFirst().orElseThrow();
    }

    /** @return the simulated regimens' exposure, one line each, and the coverage of IL-6 for the summary */
    List<String> highlights() {
        List<String> lines = new ArrayList<>();
        for (ScenarioOutcome o : m_pk.outcomes()) {
            SteadyStateExposure e = o.exposure().orElseThrow();
            double fu = m_pk.job().setup().fractionUnbound();
            MolarMass mw = m_pk.job().setup().molarMass();
            String il6 = m_coverage.get(regimen(o)).stream().filter(r -> r.cytokine().equals("IL-6")).findFirst()
                .flatMap(PathwayTimeCoverage::averagePercentInhibition).map(SelectivityStep::text).orElse("?");
            lines.add(regimen(o) + ": free Cmax,ss " + HtmlReport.number(mw.convert(fu * e.cmax(),
                ConcentrationUnit.NM)) + " nM, free Cmin,ss " + HtmlReport.number(mw.convert(fu * e.cmin(),
                ConcentrationUnit.NM)) + " nM; IL-6 (JAK1/JAK2) pathway inhibition predicted from the enzyme IC50s, "
                + "averaged over the steady-state day: " + il6 + " % (an upper estimate: cells hold millimolar ATP; "
                + "compare the whole-blood pSTAT3 inhibition measured in step 3)");
        }
        return lines;
    }

    /**
     * @param report the report to add this step's section to
     * @param base the output folder (commands are shown relative to it)
     * @throws IOException when the plot cannot be read back
     */
    void report(final HtmlReport report, final Path base) throws IOException {
        report.section("coverage", "2b. Exposure and cytokine pathway coverage");
        report.paragraph("Plasma concentrations were simulated with the one-compartment oral model and the "
            + "parameters of the example data's README (the same as the pSTAT3 simulation): tmax "
            + HtmlReport.number(ExampleTruth.TMAX_H) + " h and terminal half-life "
            + HtmlReport.number(ExampleTruth.HALF_LIFE_H) + " h (healthy subjects; the label's 12.5 h is for RA "
            + "patients, whose exposure is higher), V/F = 76 L / 0.79 = " + HtmlReport.number(ExampleTruth.VOLUME_OVER_F_L)
            + " L, fraction unbound " + HtmlReport.number(ExampleTruth.FRACTION_UNBOUND) + ", molar mass "
            + HtmlReport.number(ExampleTruth.MOLAR_MASS) + " g/mol; ka and CL/F follow from tmax and the half-life. "
            + "Regimens: 2 mg and 4 mg once daily for " + DOSES + " days; day " + DOSES + " is at steady state.");
        SimulationJob job = m_pk.job();
        report.table("Steady-state exposure (" + PK_DIR + "/summary.csv; the time courses in " + PK_DIR
            + "/timecourse.csv)", SimulationJob.summaryLayout(PdStructure.NONE), job.summary(m_pk.outcomes()),
            List.of("Scenario", "Cmax,ss [mg/L]", "Cmin,ss [mg/L]", "Cavg,ss [mg/L]", "AUCtau,ss [mg*h/L]",
                "Accumulation ratio", "Cmax,ss free [nM]", "Cmin,ss free [nM]"), c -> c.equals("Reason"));
        report.figure(Files.readString(base.resolve(PK_DIR).resolve("chart.svg"), StandardCharsets.UTF_8), 700,
            "Figure 3. Free plasma concentration over a week of once-daily dosing. " + PK_DIR + "/chart.png and .svg.");
        report.paragraph("Pathway coverage (the Cytokine Pathway Coverage node's model): each JAK of a pathway is "
            + "inhibited by f = C / (C + IC50) with C the free concentration (fu \u00d7 total) and the enzyme IC50 "
            + "of step 1; a pathway is inhibited when either of its JAKs is, 1 \u2212 (1 \u2212 f1)(1 \u2212 f2). "
            + "Enzyme IC50s ignore the millimolar ATP inside cells, so these are upper estimates of cellular "
            + "inhibition; a censored JAK3 IC50 makes the JAK1/JAK3 pathways' values bounds. Time above the pathway "
            + "IC50 and the average inhibition over a dosing interval follow McInnes et al. 2019 and Traves et al. "
            + "2021.");
        report.table("Predicted pathway inhibition at steady state: mean over the day, hours per day above the "
            + "pathway IC50, and at the peak and trough (" + SelectivityStep.DIR + "/" + COVERAGE + " and "
            + COVERAGE_AT_CSS + ")",
            pivotLayout(), pivotRows(), c -> false);
        report.figure(Files.readString(base.resolve(SelectivityStep.DIR).resolve(COVERAGE_PLOT + ".svg"),
            StandardCharsets.UTF_8), 620, "Figure 3b. Predicted pathway inhibition at the steady-state peak, average "
            + "and trough (the Cytokine Pathway Coverage node's plot; '<=' marks bounds from the censored JAK3 IC50). "
            + SelectivityStep.DIR + "/" + COVERAGE_PLOT + ".png and .svg.");
        report.paragraph("Reproduce the PK simulation:");
        report.code(m_command.display(base));
    }

    private TableLayout pivotLayout() {
        TableLayout.Builder b = TableLayout.builder().text("Cytokine").text("JAKs").text("Pathway IC50, total [nM]");
        for (String regimen : m_coverage.keySet()) {
            String dose = regimen.replace(" once daily", "");
            b.text(dose + ": mean [%]").text(dose + ": h > IC50").text(dose + ": Cmax,ss [%]")
                .text(dose + ": Cmin,ss [%]");
        }
        return b.build();
    }

    private List<ResultRow> pivotRows() {
        TableLayout layout = pivotLayout();
        List<ResultRow> rows = new ArrayList<>();
        for (CytokinePathway p : m_pathways) {
            List<ResultValue> v = new ArrayList<>(List.of(ResultValue.text(p.cytokine()),
                ResultValue.text(String.join(" + ", p.jaks()))));
            boolean first = true;
            for (Map.Entry<String, List<PathwayTimeCoverage>> e : m_coverage.entrySet()) {
                PathwayTimeCoverage t = e.getValue().stream().filter(r -> r.cytokine().equals(p.cytokine()))
                    .findFirst().orElseThrow();
                if (first) {
                    v.add(text(t.pathwayIc50TotalMolar().map(c -> new CensoredValue(KinaseFitStep.nm(c.value()),
                        c.qualifier()))));
                    first = false;
                }
                List<PathwayInhibition> css = m_atCss.get(e.getKey()).stream()
                    .filter(r -> r.cytokine().equals(p.cytokine())).toList();
                v.add(text(t.averagePercentInhibition()));
                v.add(text(t.timeAboveIc50()));
                v.add(text(css.get(0).percentInhibition()));
                v.add(text(css.get(2).percentInhibition()));
            }
            rows.add(layout.row(v));
        }
        return rows;
    }

    private static ResultValue text(final Optional<CensoredValue> v) {
        return ResultValue.text(v.map(SelectivityStep::text).orElse("\u2013"));
    }
}
