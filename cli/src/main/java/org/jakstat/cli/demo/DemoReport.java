package org.jakstat.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jakstat.cli.example.BundledExampleData;
import org.jakstat.cli.example.ExampleTruth;

/**
 * The demo's {@code report.html}: what the data are (a red SIMULATED DATA statement with the seeds), a summary of the
 * key numbers and of every QC flag, one section per step with its tables, plots and the command that reproduces it,
 * the methods with their references, and the list of files written.
 */
final class DemoReport {

    /** The report's file name in the output folder. */
    static final String FILE = "report.html";

    /** The folders the demo writes, listed at the end of the report (other files in the output folder are not). */
    static final List<String> STEP_FOLDERS = List.of(DemoInputs.DATA_DIR, KinaseFitStep.DIR, SelectivityStep.DIR,
        PdTimeCourseStep.DIR, PkPdFitStep.DIR, BiomarkerStep.DIR);

    private final Path m_out;

    private final DemoInputs m_inputs;

    private final DemoSteps m_steps;

    /**
     * @param out the output folder
     * @param inputs the inputs
     * @param steps the steps' results
     */
    DemoReport(final Path out, final DemoInputs inputs, final DemoSteps steps) {
        m_out = out;
        m_inputs = inputs;
        m_steps = steps;
    }

    /**
     * Writes {@code report.html} into the output folder.
     *
     * @throws IOException when a plot cannot be read or the report cannot be written
     */
    void write() throws IOException {
        boolean simulated = m_inputs.simulated();
        HtmlReport r = new HtmlReport("Jakstat demo: " + m_inputs.compound() + " JAK-STAT analysis",
            "The chain a user builds from Jakstat's KNIME nodes, run by 'jakstat demo': dose-response fits \u2192 "
                + "selectivity and pathway coverage \u2192 PD time course \u2192 PK/PD fit \u2192 biomarkers.");
        provenance(r, simulated);
        r.navigation(List.of(new String[] {"summary", "Summary"}, new String[] {"kinase-fits", "1 Fits"},
            new String[] {"selectivity", "2 Selectivity"}, new String[] {"coverage", "2b Coverage"},
            new String[] {"pd-timecourse", "3 PD time course"}, new String[] {"pkpd-fit", "4 PK/PD"},
            new String[] {"biomarkers", "5 Biomarkers"}, new String[] {"methods", "Methods"},
            new String[] {"files", "Files"}));
        summary(r, simulated);
        m_steps.fits().report(r, m_out, simulated);
        m_steps.selectivity().report(r, m_out);
        m_steps.coverage().report(r, m_out);
        m_steps.timeCourse().report(r, m_out);
        m_steps.pkpd().report(r, m_out, simulated);
        m_steps.biomarkers().report(r, m_out);
        methods(r);
        files(r);
        r.writeTo(m_out.resolve(FILE));
    }

    private void provenance(final HtmlReport r, final boolean simulated) {
        if (simulated) {
            List<String> seeds = new ArrayList<>();
            for (int i = 0; i < ExampleTruth.FILES.size(); i++) {
                String file = ExampleTruth.FILES.get(i);
                long seed = m_inputs.seeds().get(i).orElseThrow();
                seeds.add(file + " seed " + seed + " (random stream " + (seed + ExampleTruth.streamOffset(file))
                    + ")");
            }
            r.banner("SIMULATED DATA.", "Every input of this report is simulated, not measured: written by "
                + "'jakstat example-data' (" + String.join("; ", seeds) + ") from published baricitinib values and "
                + "stated assumptions, listed with their sources in " + (m_inputs.bundled() ? DemoInputs.DATA_DIR + "/"
                    + BundledExampleData.README : "the README beside the data") + ". The numbers show what the "
                + "methods do; they are not evidence about the drug. Where the truth is known it is shown beside "
                + "the estimate.");
        } else {
            r.note("Input: the files in " + m_inputs.kinasePanel().getParent() + " (not the simulated example set, so "
                + "no simulation truth is shown). The PK used for exposure and for the PK/PD fit is the example "
                + "set's baricitinib PK (section 2b).");
        }
    }

    private void summary(final HtmlReport r, final boolean simulated) {
        r.section("summary", "Summary");
        List<String> lines = new ArrayList<>(m_steps.fits().highlights(simulated));
        lines.addAll(m_steps.selectivity().highlights());
        lines.addAll(m_steps.coverage().highlights());
        lines.addAll(m_steps.timeCourse().highlights());
        lines.addAll(m_steps.pkpd().highlights(simulated));
        lines.addAll(m_steps.biomarkers().highlights());
        r.list(lines);
        List<String> qc = new ArrayList<>(m_steps.fits().qcFindings());
        qc.addAll(m_steps.selectivity().qcFindings());
        qc.addAll(m_steps.timeCourse().qcFindings());
        qc.addAll(m_steps.pkpd().qcFindings());
        r.subsection("QC flags (" + qc.size() + ")");
        if (qc.isEmpty()) {
            r.paragraph("No step raised a QC flag.");
        }
        qc.forEach(r::note);
    }

    private static void methods(final HtmlReport r) {
        r.section("methods", "Methods and references");
        r.list(List.of(
            "Dose-response: four-parameter logistic in GraphPad Prism's 'log(inhibitor) vs. response \u2013 Variable "
                + "slope' form, fitted on LogIC50 by Levenberg-Marquardt least squares [1, 2]; IC50 CI back-transformed "
                + "from the LogIC50 CI [1, 4]; ROUT outlier removal, Q = 1 % [3]; replicates test for lack of fit [4]; "
                + "IC50s outside the tested range censored, as screening databases report them.",
            "Selectivity: fold = IC50(kinase) / IC50(JAK1) on enzyme IC50s of one assay with censoring carried "
                + "through; IC50s from different [ATP] would be compared as Ki by Cheng-Prusoff, Ki = IC50 / (1 + "
                + "[ATP]/Km,ATP) [5] (not needed here: one assay, no [ATP] given); selectivity entropy [6], partition "
                + "index [7], Gini coefficient on Ka [8, 6], S(3 \u00b5M) [9, 10].",
            "Pathway coverage: per-JAK one-site inhibition by the free concentration, 'either JAK blocks' "
                + "combination, time above the pathway IC50 and average inhibition over a dosing interval [11, 12].",
            "PK: one-compartment oral model with first-order absorption (Bateman function), ka and CL/F from tmax "
                + "and the half-life, repeated doses by superposition [13, 14]; parameters from the EU SmPC of "
                + "Olumiant (sections 5.1, 5.2) and [15] as listed in section 2b.",
            "PD time course: baseline-normalised % inhibition with background subtraction; Rmax, Tmax, AUEC "
                + "(linear trapezoids), time above a threshold, onset, duration and return to baseline as in Phoenix "
                + "WinNonlin's NCA model 220 and PKNCA [16]; group means with t-based 95 % CIs; Rmax against dose by "
                + "the Emax model.",
            "PK/PD: direct (sigmoid) Imax model on the free plasma concentration [17], naive pooled least squares "
                + "with asymptotic 95 % CIs [18]."));
        r.references(List.of(
            "GraphPad Software. Prism 10 Curve Fitting Guide: 'Equation: log(inhibitor) vs. response \u2013 Variable "
                + "slope' and 'Why Prism fits the logEC50 rather than EC50'.",
            "Marquardt DW. SIAM J Appl Math 1963;11:431 (Levenberg-Marquardt).",
            "Motulsky HJ, Brown RE. Detecting outliers when fitting data with nonlinear regression \u2013 a new method "
                + "based on robust nonlinear regression and the false discovery rate. BMC Bioinformatics 2006;7:123.",
            "Motulsky H, Christopoulos A. Fitting Models to Biological Data Using Linear and Nonlinear Regression. "
                + "Oxford University Press 2004.",
            "Cheng Y, Prusoff WH. Biochem Pharmacol 1973;22:3099 (Ki from IC50).",
            "Uitdehaag JCM, Zaman GJR. BMC Bioinformatics 2011;12:94 (selectivity entropy; review of the metrics).",
            "Cheng AC et al. J Med Chem 2010;53:4502 (partition index).",
            "Graczyk PP. J Med Chem 2007;50:5773 (Gini coefficient).",
            "Karaman MW et al. Nat Biotechnol 2008;26:127 (selectivity score).",
            "Davis MI et al. Nat Biotechnol 2011;29:1046 (selectivity score S(x)).",
            "McInnes IB et al. Arthritis Res Ther 2019;21:183 (time above IC50, average daily inhibition).",
            "Traves PG et al. Ann Rheum Dis 2021;80:865 (pathway inhibition at clinical exposure).",
            "Gibaldi M, Perrier D. Pharmacokinetics, 2nd ed. Marcel Dekker 1982.",
            "Rowland M, Tozer TN. Clinical Pharmacokinetics and Pharmacodynamics, 4th ed. Lippincott 2011.",
            "Fridman JS et al. J Immunol 2010;184:5298 (baricitinib enzyme and whole-blood potency).",
            "PKNCA R package (Denney et al.), vignette 'AUC integration methods'; Phoenix WinNonlin user's guide, NCA "
                + "model 220 (drug effect data).",
            "Holford NHG, Sheiner LB. Clin Pharmacokinet 1981;6:429 (Emax/Imax models).",
            "Bates DM, Watts DG. Nonlinear Regression Analysis and Its Applications. Wiley 1988."));
    }

    private void files(final HtmlReport r) throws IOException {
        r.section("files", "Files written");
        r.paragraph("In the folder of this report. Each step's CSV tables and plots are what its command writes (the "
            + "commands under 'Reproduce'); an empty field is a value that could not be determined, and a status, "
            + "reason or notes column says why.");
        Map<String, List<String>> byFolder = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(m_out)) {
            walk.filter(Files::isRegularFile).map(p -> m_out.relativize(p).toString().replace('\\', '/'))
                .filter(n -> n.contains("/") && STEP_FOLDERS.contains(n.substring(0, n.indexOf('/'))))
                .sorted().forEach(n -> byFolder.computeIfAbsent(n.substring(0, n.lastIndexOf('/') + 1),
                    k -> new ArrayList<>()).add(n.substring(n.lastIndexOf('/') + 1)));
        }
        List<String> lines = new ArrayList<>();
        byFolder.forEach((folder, names) -> lines.add(folder + ": " + String.join(", ", names)));
        lines.add(FILE + ": this report (plots inline, no external resources)");
        r.list(lines);
        r.paragraph("Generated by 'jakstat demo'.");
    }
}
