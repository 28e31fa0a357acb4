package org.jakstat.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jakstat.cli.CurveFitPipeline;
import org.jakstat.cli.CurveInput;
import org.jakstat.cli.FitCommand;
import org.jakstat.cli.MalformedInputException;
import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.CurveParameter;
import org.jakstat.core.doseresponse.PotencyEstimate;
import org.jakstat.core.doseresponse.QcFinding;
import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;

/**
 * Step 1: the kinase panel's dose-response curves, fitted by {@code jakstat fit} (the Dose-Response Fitter node's
 * core): 4PL in Prism's convention with Bottom held at 0 % of control, ROUT outlier removal at Q = 1 %, IC50 with its
 * 95 % CI, censored outside the tested range. The same fit with Bottom free is run beside it, to show why Bottom is
 * held.
 */
final class KinaseFitStep {

    /** Folder of this step's files. */
    static final String DIR = "1-kinase-fits";

    /** The fit table. */
    static final String FITS = "fits.csv";

    /** The same fits with Bottom free. */
    static final String FITS_BOTTOM_FREE = "fits-bottom-free.csv";

    /** The curve plot page (PNG and SVG). */
    static final String PLOT = "dose-response-001";

    /**
     * One kinase's curve and fit.
     *
     * @param curve the rows read
     * @param result the fit
     */
    record KinaseFit(CurveInput curve, CurveFitResult result) {

        String kinase() {
            return curve.id();
        }

        PotencyEstimate ic50() {
            return result.ic50();
        }
    }

    private final Path m_dir;

    private final StepCommand m_command;

    private final List<KinaseFit> m_fits;

    private final List<KinaseFit> m_bottomFree;

    private KinaseFitStep(final Path dir, final StepCommand command, final List<KinaseFit> fits,
        final List<KinaseFit> bottomFree) {
        m_dir = dir;
        m_command = command;
        m_fits = fits;
        m_bottomFree = bottomFree;
    }

    /**
     * @param panel the kinase panel CSV
     * @param out the demo's output folder
     * @return the fitted step
     * @throws IOException when a file cannot be read or written
     * @throws MalformedInputException when the panel is not in the example's format
     */
    static KinaseFitStep run(final Path panel, final Path out) throws IOException, MalformedInputException {
        Path dir = Files.createDirectories(out.resolve(DIR));
        List<String> common = List.of("--input", panel.toString(), "--id-column", "kinase", "--conc-column",
            "concentration [nM]", "--response-column", "activity [% of control]", "--conc-unit", "nM", "--rout-q",
            "0.01");
        List<String> main = new ArrayList<>(common);
        main.addAll(List.of("--fix", "bottom=0", "--output", dir.resolve(FITS).toString(), "--plots", dir.toString(),
            "--plot-response-title", "Activity [% of control]", "--plot-concentration-title",
            "Inhibitor concentration"));
        List<String> free = new ArrayList<>(common);
        free.addAll(List.of("--output", dir.resolve(FITS_BOTTOM_FREE).toString()));
        StepCommand command = new StepCommand("fit", main);
        return new KinaseFitStep(dir, command, fit(command), fit(new StepCommand("fit", free)));
    }

    private static List<KinaseFit> fit(final StepCommand command) throws IOException, MalformedInputException {
        List<KinaseFit> fits = new ArrayList<>();
        CurveFitPipeline.Listener listener = (curve, result) -> fits.add(new KinaseFit(curve, result));
        command.parse(new FitCommand()).run(Optional.of(listener));
        return List.copyOf(fits);
    }

    /** @return the fits with Bottom held at 0, in file order */
    List<KinaseFit> fits() {
        return m_fits;
    }

    /** @return this step's folder */
    Path dir() {
        return m_dir;
    }

    /** @return one line per kinase for the summary */
    List<String> highlights(final boolean simulated) {
        List<String> lines = new ArrayList<>();
        for (KinaseFit f : m_fits) {
            String truth = simulated ? "; " + Truths.kinaseSentence(f.kinase()) : "";
            lines.add(f.kinase() + ": IC50 " + ic50Text(f.ic50()) + " nM" + (f.ic50().isCensored() ? " (censored)"
                : " (95 % CI " + ciText(f.ic50()) + " nM)") + truth);
        }
        return lines;
    }

    /** @return one line per QC flag of a fit */
    List<String> qcFindings() {
        List<String> lines = new ArrayList<>();
        for (KinaseFit f : m_fits) {
            for (QcFinding q : f.result().findings()) {
                lines.add("Kinase fit " + f.kinase() + ": " + q.flag() + " \u2013 " + q.reason());
            }
        }
        return lines;
    }

    /**
     * @param report the report to add this step's section to
     * @param base the output folder (commands are shown relative to it)
     * @param simulated whether the data are the shipped simulation (then the truth is compared)
     * @throws IOException when the plot cannot be read back
     */
    void report(final HtmlReport report, final Path base, final boolean simulated) throws IOException {
        report.section("kinase-fits", "1. Kinase panel: dose-response fits");
        report.paragraph("Each kinase's activity (% of control, duplicates, 10 half-log concentrations and two 0 nM "
            + "control wells) was fitted with the four-parameter logistic model in GraphPad Prism's convention, "
            + "Y = Bottom + (Top \u2212 Bottom) / (1 + 10^((LogIC50 \u2212 X) \u00b7 HillSlope)), X = log10 of the "
            + "molar concentration, with Bottom held at 0 % of control (see below), Top and HillSlope free, the 0 nM "
            + "wells as the zero-dose plateau and ROUT outlier removal at Q = 1 %. The IC50's 95 % CI is "
            + "back-transformed from the CI of LogIC50 (asymmetric). An IC50 beyond the tested concentrations is "
            + "reported censored at the nearest one ('>' or '<' and that concentration), as screening databases do, "
            + "and flagged.");
        report.table("IC50 per kinase (" + DIR + "/" + FITS + " has every parameter with SE and CI)", layout(simulated),
            rows(simulated), c -> c.equals("QC flags"));
        for (KinaseFit f : m_fits) {
            f.result().findings().forEach(q -> report.note(f.kinase() + ", " + q.flag() + ": " + q.reason() + "."));
        }
        report.figure(Files.readString(m_dir.resolve(PLOT + ".svg"), StandardCharsets.UTF_8), 860,
            "Figure 1. Activity per kinase with the fitted curve, its 95 % confidence band and the IC50 drop line "
                + "(0 nM controls are not drawn on the log axis). " + DIR + "/" + PLOT + ".png and .svg.");
        report.subsection("Why Bottom is held at 0 %");
        report.paragraph("The activities are % of the uninhibited control with background removed, so full "
            + "inhibition is 0 %. When a curve does not reach its lower plateau within the tested range, the data "
            + "cannot place Bottom, and a free Bottom lets the fit invent one (GraphPad's advice for such data is to "
            + "constrain Bottom). The same fit with Bottom free, for comparison (" + DIR + "/" + FITS_BOTTOM_FREE
            + "):");
        report.table("Bottom held at 0 % versus Bottom free", comparisonLayout(), comparisonRows(), c -> false);
        report.paragraph("Reproduce this step:");
        report.code(m_command.display(base));
    }

    private static TableLayout layout(final boolean simulated) {
        TableLayout.Builder b = TableLayout.builder().text("Kinase").text("Status").text("IC50 [nM]")
            .text("95 % CI [nM]").number("pIC50").number("HillSlope").number("Top [%]").number("R2")
            .text("Points used").text("QC flags");
        if (simulated) {
            b.text("Simulated [nM]").text("Truth in CI");
        }
        return b.build();
    }

    private List<ResultRow> rows(final boolean simulated) {
        TableLayout layout = layout(simulated);
        List<ResultRow> rows = new ArrayList<>();
        for (KinaseFit f : m_fits) {
            CurveFitResult r = f.result();
            PotencyEstimate ic50 = r.ic50();
            boolean censored = ic50.isCensored();
            List<ResultValue> v = new ArrayList<>(List.of(ResultValue.text(f.kinase()),
                ResultValue.text(r.status().name()), ResultValue.text(ic50Text(ic50)),
                censored ? ResultValue.missing() : ResultValue.text(ciText(ic50)),
                censored ? ResultValue.missing() : Cells.number(r.pIc50()),
                Cells.number(r.parameter(CurveParameter.HILL_SLOPE).value()),
                Cells.number(r.parameter(CurveParameter.TOP).value()),
                Cells.number(r.statistics().goodness().rSquared()),
                ResultValue.text(r.statistics().goodness().observations() + " of " + f.curve().responses().length),
                ResultValue.text(r.flags().stream().map(Enum::name).collect(Collectors.joining(", ")))));
            if (simulated) {
                v.add(ResultValue.text(Truths.kinaseText(f.kinase())));
                v.add(ResultValue.text(Truths.kinaseWithin(f.kinase(), ic50)));
            }
            rows.add(layout.row(v));
        }
        return rows;
    }

    private static TableLayout comparisonLayout() {
        return TableLayout.builder().text("Kinase").text("IC50, Bottom = 0 [nM]").text("IC50, Bottom free [nM]")
            .text("IC50 95 % CI, Bottom free [nM]").number("Bottom, free [%]").text("Bottom 95 % CI, free [%]")
            .build();
    }

    private List<ResultRow> comparisonRows() {
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 0; i < m_fits.size() && i < m_bottomFree.size(); i++) {
            CurveFitResult free = m_bottomFree.get(i).result();
            var bottom = free.parameter(CurveParameter.BOTTOM);
            rows.add(comparisonLayout().row(List.of(ResultValue.text(m_fits.get(i).kinase()),
                ResultValue.text(ic50Text(m_fits.get(i).ic50())), ResultValue.text(ic50Text(free.ic50())),
                ResultValue.text(ciText(free.ic50())), Cells.number(bottom.value()),
                ResultValue.text(HtmlReport.number(bottom.lower()) + " to " + HtmlReport.number(bottom.upper())))));
        }
        return rows;
    }

    /** @return "5.716" or "&gt; 400" (the bound of a censored IC50), in nM */
    static String ic50Text(final PotencyEstimate ic50) {
        if (ic50.isCensored()) {
            return ic50.censoring().qualifier() + " " + HtmlReport.number(nm(ic50.reportedMolar()));
        }
        return Double.isFinite(ic50.logValue()) ? HtmlReport.number(nm(ic50.molar())) : "not determined";
    }

    /** @return "4.754\u20136.872" in nM */
    static String ciText(final PotencyEstimate ic50) {
        return HtmlReport.number(nm(ic50.lowerMolar())) + "\u2013" + HtmlReport.number(nm(ic50.upperMolar()));
    }

    static double nm(final double molar) {
        return ConcentrationUnit.NM.fromMolar(molar);
    }
}
