package org.jakstat.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jakstat.cli.CsvLine;
import org.jakstat.cli.MalformedInputException;
import org.jakstat.cli.PkPdFitCommand;
import org.jakstat.cli.example.ExampleTruth;
import org.jakstat.core.fit.GoodnessOfFit;
import org.jakstat.core.pkpd.OneCompartmentOral;
import org.jakstat.core.pkpd.PkPdEstimate;
import org.jakstat.core.pkpd.PkPdFitResult;
import org.jakstat.core.pkpd.PkPdFitStatus;
import org.jakstat.core.pkpd.PkPdParameter;
import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.plot.PanelGrid;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;
import org.jakstat.core.timecourse.EffectProfile;
import org.jakstat.core.timecourse.SubjectResult;
import org.jakstat.core.timecourse.TimeCourseAnalysis;

/**
 * Step 4: the PK/PD model fitted to the pSTAT3 % inhibition of step 3 by {@code jakstat pkpd fit} (the PK/PD Model
 * node's core): the README's one-compartment oral PK held at its values drives a direct Imax model on the free
 * concentration; Imax and IC50 are estimated by least squares over all dosed subjects together (naive pooled), Hill
 * held at 1. The estimates are compared with the simulation's typical values.
 */
final class PkPdFitStep {

    /** Folder of this step's files. */
    static final String DIR = "4-pkpd-fit";

    /** The observations fitted, made from step 3's profiles. */
    static final String OBSERVED = "pstat3-inhibition.csv";

    /** The plot of observed against fitted (PNG and SVG). */
    static final String PLOT = "observed-vs-predicted";

    private final Path m_dir;

    private final StepCommand m_command;

    private final PkPdFitCommand.Fitted m_fitted;

    private PkPdFitStep(final Path dir, final StepCommand command, final PkPdFitCommand.Fitted fitted) {
        m_dir = dir;
        m_command = command;
        m_fitted = fitted;
    }

    /**
     * @param timeCourse the analysis of step 3
     * @param out the demo's output folder
     * @return the fitted step
     * @throws IOException when a file cannot be written
     * @throws MalformedInputException never for the table written here
     */
    static PkPdFitStep run(final TimeCourseAnalysis timeCourse, final Path out)
        throws IOException, MalformedInputException {
        Path dir = Files.createDirectories(out.resolve(DIR));
        Path observed = dir.resolve(OBSERVED);
        Files.writeString(observed, observations(timeCourse), StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(CoverageStep.pkOptions());
        args.addAll(List.of("--pd", "direct-imax", "--imax", "0.8", "--ic50", "100", "--hill", "1", "--hold",
            "tlag,Hill", "--observed", "inhibition", "--input", observed.toString(), "--subject-column", "subject",
            "--dose-column", "dose [mg]", "--time-column", "time [h]", "--value-column", "inhibition [%]", "--out",
            dir.toString()));
        StepCommand command = new StepCommand("pkpd fit", args);
        PkPdFitCommand.Fitted fitted = command.parse(new PkPdFitCommand()).fit();
        PkPdFitStep step = new PkPdFitStep(dir, command, fitted);
        PanelGrid chart = PkPdFitCharts.of(timeCourse, fitted.job().setup(), fitted.outcomes().get(0));
        Files.write(dir.resolve(PLOT + ".png"), ChartRenderer.renderPng(chart));
        Files.writeString(dir.resolve(PLOT + ".svg"), ChartRenderer.renderSvg(chart), StandardCharsets.UTF_8);
        return step;
    }

    /**
     * @return the CSV of every post-dose sample of every dosed subject with a profile: subject, group, dose, time
     *         and % inhibition (placebo has no dose to drive the model; the pre-dose sample is the baseline)
     */
    private static String observations(final TimeCourseAnalysis timeCourse) {
        StringBuilder csv = new StringBuilder("subject,group,dose [mg],time [h],inhibition [%]\n");
        for (SubjectResult s : timeCourse.subjects()) {
            if (s.profile().isEmpty() || !(s.dose() > 0)) {
                continue;
            }
            EffectProfile p = s.profile().get();
            for (int i = 1; i < p.times().length; i++) {
                csv.append(CsvLine.quote(s.subject())).append(',').append(CsvLine.quote(s.group())).append(',')
                    .append(s.dose()).append(',').append(p.times()[i]).append(',').append(p.effects()[i]).append('\n');
            }
        }
        return csv.toString();
    }

    private PkPdFitResult result() {
        return m_fitted.outcomes().get(0).result();
    }

    /** @return the estimates against the truth, for the summary */
    List<String> highlights(final boolean simulated) {
        PkPdFitResult r = result();
        if (!r.status().hasEstimates()) {
            return List.of("PK/PD fit: " + r.status() + " \u2013 " + r.reason());
        }
        PkPdEstimate ic50 = r.estimate(PkPdParameter.IC50);
        PkPdEstimate imax = r.estimate(PkPdParameter.IMAX);
        String truthIc50 = simulated ? "; simulation: " + HtmlReport.number(ExampleTruth.PSTAT3_FREE_IC50_NM) : "";
        String truthImax = simulated ? "; simulation: " + HtmlReport.number(100 * ExampleTruth.PSTAT3_IMAX) : "";
        return List.of("PK/PD (direct Imax on free concentration): IC50 " + HtmlReport.number(ic50.value())
            + " nM free (95 % CI " + HtmlReport.number(ic50.lower()) + "\u2013" + HtmlReport.number(ic50.upper())
            + truthIc50 + "), Imax " + HtmlReport.number(100 * imax.value()) + " % (95 % CI "
            + HtmlReport.number(100 * imax.lower()) + "\u2013" + HtmlReport.number(100 * imax.upper()) + truthImax
            + ")");
    }

    /** @return the fit's status and reason when it is not a plain convergence */
    List<String> qcFindings() {
        PkPdFitResult r = result();
        return r.status() == PkPdFitStatus.FITTED && r.reason().equals("converged") ? List.of()
            : List.of("PK/PD fit: " + r.status() + " \u2013 " + r.reason());
    }

    /**
     * @param report the report to add this step's section to
     * @param base the output folder (commands are shown relative to it)
     * @param simulated whether the data are the shipped simulation (then the truth is compared)
     * @throws IOException when the plot cannot be read back
     */
    void report(final HtmlReport report, final Path base, final boolean simulated) throws IOException {
        PkPdFitResult r = result();
        report.section("pkpd-fit", "4. PK/PD fit: direct Imax model on the pSTAT3 inhibition");
        report.paragraph("Model: the one-compartment oral PK of step 2b, held at the README's values, gives the free "
            + "concentration C(t) of each subject's dose; the PD is a direct inhibition, inhibition(t) = 100 \u00b7 "
            + "Imax \u00b7 C^h / (IC50^h + C^h) % with the Hill coefficient h held at 1 (Holford & Sheiner 1981). "
            + "Imax and IC50 were estimated by (unweighted) least squares over the post-dose samples of all dosed "
            + "subjects together (naive pooled; " + DIR + "/" + OBSERVED + ", made from step 3's profiles), starting "
            + "from Imax 80 % and IC50 100 nM; the CIs are asymptotic (Wald) ones. The simulation drew each subject's "
            + "CL/F and V/F with a log-normal SD of 0.25 and its IC50 with SD "
            + HtmlReport.number(ExampleTruth.PSTAT3_IC50_LOG_SD) + " around the typical values, so a pooled fit "
            + "estimates a typical value and its residuals include that variability.");
        report.table("Estimates (" + DIR + "/fit.csv; every observation with its prediction: " + DIR
            + "/observations.csv)", estimateLayout(simulated), estimateRows(simulated), c -> false);
        if (!r.reason().equals("converged")) {
            report.note("Fit status " + r.status() + ": " + r.reason() + ".");
        }
        r.goodnessOfFit().ifPresent(g -> report.paragraph(goodness(g, r)));
        report.figure(Files.readString(m_dir.resolve(PLOT + ".svg"), StandardCharsets.UTF_8), 900,
            "Figure 5. Left: mean \u00b1 SEM observed pSTAT3 inhibition per dose group with the fitted model at the "
                + "typical PK (lines). Right: every observation against its prediction; the line is identity. " + DIR
                + "/" + PLOT + ".png and .svg (the command's own chart, one curve per subject: " + DIR
                + "/chart.png).");
        report.paragraph("Reproduce this step (after step 3 wrote " + OBSERVED + "):");
        report.code(m_command.display(base));
    }

    private static String goodness(final GoodnessOfFit g, final PkPdFitResult r) {
        return "Goodness of fit: R\u00b2 = " + HtmlReport.number(g.rSquared()) + ", Sy.x = "
            + HtmlReport.number(g.syx()) + " % inhibition, " + r.usedObservations() + " observations, "
            + g.degreesOfFreedom() + " degrees of freedom. Much of the scatter is between subjects (the right panel), "
            + "which a pooled fit does not model.";
    }

    private static TableLayout estimateLayout(final boolean simulated) {
        TableLayout.Builder b = TableLayout.builder().text("Parameter").number("Estimate").number("SE")
            .number("95 % CI low").number("95 % CI high").text("Held");
        if (simulated) {
            b.number("Simulation (typical value)").text("Truth within 95 % CI");
        }
        return b.build();
    }

    private List<ResultRow> estimateRows(final boolean simulated) {
        TableLayout layout = estimateLayout(simulated);
        OneCompartmentOral pk = OneCompartmentOral.fromHalfLifeAndTmax(ExampleTruth.HALF_LIFE_H,
            ExampleTruth.TMAX_H, ExampleTruth.VOLUME_OVER_F_L, 0);
        Map<PkPdParameter, Double> truth = Map.of(PkPdParameter.IMAX, 100 * ExampleTruth.PSTAT3_IMAX,
            PkPdParameter.IC50, ExampleTruth.PSTAT3_FREE_IC50_NM, PkPdParameter.HILL, ExampleTruth.PSTAT3_HILL,
            PkPdParameter.KA, pk.absorptionRate(), PkPdParameter.CL_F, pk.clearanceOverF(), PkPdParameter.V_F,
            ExampleTruth.VOLUME_OVER_F_L);
        List<ResultRow> rows = new ArrayList<>();
        for (PkPdEstimate e : result().estimates()) {
            if (e.parameter() == PkPdParameter.E0 || e.parameter() == PkPdParameter.TLAG) {
                continue; // E0 cancels from % inhibition; no lag in the model
            }
            boolean percent = e.parameter() == PkPdParameter.IMAX;
            double f = percent ? 100 : 1;
            String unit = percent ? " [%]" : e.parameter().unit().isEmpty() ? "" : " [" + e.parameter().unit() + "]";
            String name = (e.parameter() == PkPdParameter.IC50 ? "IC50, free" : e.parameter().symbol()) + unit;
            List<ResultValue> v = new ArrayList<>(List.of(ResultValue.text(name), Cells.number(f * e.value()),
                e.fixed() ? ResultValue.missing() : Cells.number(f * e.standardError()),
                e.fixed() ? ResultValue.missing() : Cells.number(f * e.lower()),
                e.fixed() ? ResultValue.missing() : Cells.number(f * e.upper()),
                ResultValue.text(e.fixed() ? "held" : "")));
            if (simulated) {
                Double t = truth.get(e.parameter());
                v.add(t == null ? ResultValue.missing() : ResultValue.number(t));
                v.add(ResultValue.text(t == null || e.fixed() ? "" : Truths.within(f * e.lower(), f * e.upper(), t)));
            }
            rows.add(layout.row(v));
        }
        return rows;
    }
}
