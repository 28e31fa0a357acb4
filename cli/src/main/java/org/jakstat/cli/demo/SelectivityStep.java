package org.jakstat.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.cli.CsvLine;
import org.jakstat.cli.MalformedInputException;
import org.jakstat.cli.SelectivityCommand;
import org.jakstat.cli.demo.KinaseFitStep.KinaseFit;
import org.jakstat.core.potency.Qualifier;
import org.jakstat.core.selectivity.CensoredValue;
import org.jakstat.core.selectivity.FoldSelectivity;
import org.jakstat.core.selectivity.KinasePotency;
import org.jakstat.core.selectivity.SelectivityMetric;
import org.jakstat.core.selectivity.SelectivityProfile;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;

/**
 * Step 2a: the selectivity profile of the fitted IC50s by {@code jakstat selectivity} (the Kinase Selectivity Scorer
 * node's core): fold over JAK1 with honest censoring, profile class, selectivity entropy, partition index, Gini and
 * S(x). The fitted IC50s go in as the fit reports them: the estimate, or the bound with its qualifier when censored.
 */
final class SelectivityStep {

    /** Folder of this step's files (shared with the coverage step). */
    static final String DIR = "2-selectivity";

    /** The potency table the scorer reads, made from the fits. */
    static final String POTENCIES = "kinase-ic50.csv";

    /** The per-compound profile table. */
    static final String PROFILE = "selectivity-profile.csv";

    /** The pairwise fold matrix. */
    static final String FOLDS = "fold-matrix.csv";

    /** The profile plot (PNG and SVG). */
    static final String PLOT = "selectivity";

    /** The reference kinase of the folds. */
    static final String REFERENCE = "JAK1";

    private final Path m_dir;

    private final StepCommand m_command;

    private final SelectivityCommand.Scoring m_scoring;

    private SelectivityStep(final Path dir, final StepCommand command, final SelectivityCommand.Scoring scoring) {
        m_dir = dir;
        m_command = command;
        m_scoring = scoring;
    }

    /**
     * @param compound the compound of the panel
     * @param fits the kinase fits of step 1
     * @param out the demo's output folder
     * @return the scored step
     * @throws IOException when a file cannot be written
     * @throws MalformedInputException never for the potency table written here
     */
    static SelectivityStep run(final String compound, final List<KinaseFit> fits, final Path out)
        throws IOException, MalformedInputException {
        Path dir = Files.createDirectories(out.resolve(DIR));
        Path potencies = dir.resolve(POTENCIES);
        StringBuilder csv = new StringBuilder("compound,kinase,qualifier,IC50 [nM]\n");
        for (KinaseFit f : fits) {
            double nm = KinaseFitStep.nm(f.ic50().reportedMolar());
            csv.append(CsvLine.quote(compound)).append(',').append(CsvLine.quote(f.kinase())).append(',')
                .append(f.ic50().censoring().qualifier()).append(',').append(Double.isFinite(nm) ? nm : "")
                .append('\n');
        }
        Files.writeString(potencies, csv, StandardCharsets.UTF_8);
        StepCommand command = new StepCommand("selectivity", List.of("--input", potencies.toString(),
            "--qualifier-column", "qualifier", "--value-column", "IC50 [nM]", "--reference", REFERENCE, "--output",
            dir.resolve(PROFILE).toString(), "--folds", dir.resolve(FOLDS).toString(), "--plot",
            dir.resolve(PLOT + ".png").toString(), "--plot", dir.resolve(PLOT + ".svg").toString()));
        return new SelectivityStep(dir, command, command.parse(new SelectivityCommand()).score());
    }

    /** @return the compound's profile */
    SelectivityProfile profile() {
        return m_scoring.profiles().get(0);
    }

    /** @return the summary line */
    List<String> highlights() {
        SelectivityProfile p = profile();
        List<String> folds = new ArrayList<>();
        for (FoldSelectivity f : p.foldsOverReference()) {
            if (!f.kinase().equals(REFERENCE)) {
                folds.add(f.kinase() + " " + f.fold().map(SelectivityStep::text).orElse("?") + "x");
            }
        }
        return List.of("Fold selectivity over " + REFERENCE + ": " + String.join(", ", folds) + ". Profile class: "
            + p.profileClass() + ".");
    }

    /** @return the profile's notes and bounds worth a reader's attention */
    List<String> qcFindings() {
        List<String> lines = new ArrayList<>();
        profile().foldsOverReference().stream().filter(f -> f.fold().map(CensoredValue::isBound).orElse(true))
            .forEach(f -> lines.add("Selectivity: fold " + f.kinase() + "/" + REFERENCE + " is a bound, "
                + f.fold().map(SelectivityStep::text).orElse("undetermined") + " (censored IC50)"));
        return lines;
    }

    /**
     * @param report the report to add this step's section to
     * @param base the output folder (commands are shown relative to it)
     * @throws IOException when the plot cannot be read back
     */
    void report(final HtmlReport report, final Path base) throws IOException {
        SelectivityProfile p = profile();
        report.section("selectivity", "2. Selectivity profile");
        report.paragraph("The fitted IC50s (" + DIR + "/" + POTENCIES + ": the estimate, or the bound with its "
            + "qualifier when censored) were scored as the Kinase Selectivity Scorer node does. Fold selectivity = "
            + "IC50(kinase) / IC50(" + REFERENCE + "), both enzyme IC50s of the same assay; a censored IC50 gives a "
            + "censored fold ('> 400' over '= 5.7' is '> 70'). Profile class: " + p.profileClass() + ".");
        report.table("Potency and fold over " + REFERENCE + " per kinase (" + DIR + "/" + PROFILE + ", pairwise folds in "
            + DIR + "/" + FOLDS + ")", kinaseLayout(), kinaseRows(p), c -> false);
        report.table("Panel-wide selectivity metrics (bounds where an IC50 is censored)", metricLayout(),
            metricRows(p), c -> false);
        report.figure(Files.readString(m_dir.resolve(PLOT + ".svg"), StandardCharsets.UTF_8), 520,
            "Figure 2. pIC50 per kinase; an open marker is a bound (censored IC50). " + DIR + "/" + PLOT
                + ".png and .svg.");
        for (String note : p.notes()) {
            report.note("Scorer note: " + note + ".");
        }
        report.paragraph("Reproduce this step (after step 1 wrote " + POTENCIES + "):");
        report.code(m_command.display(base));
    }

    private static TableLayout kinaseLayout() {
        return TableLayout.builder().text("Kinase").text("IC50 [nM]").text("pIC50").text("Fold over " + REFERENCE)
            .build();
    }

    private static List<ResultRow> kinaseRows(final SelectivityProfile p) {
        List<ResultRow> rows = new ArrayList<>();
        for (KinasePotency k : p.potencies()) {
            Optional<FoldSelectivity> fold = p.foldOverReference(k.kinase());
            rows.add(kinaseLayout().row(List.of(ResultValue.text(k.kinase()), ResultValue.text(text(k.reported())),
                ResultValue.text(text(k.pX())), ResultValue.text(fold.flatMap(FoldSelectivity::fold)
                    .map(SelectivityStep::text).orElse("\u2013")))));
        }
        return rows;
    }

    private static TableLayout metricLayout() {
        return TableLayout.builder().text("Metric").text("Value").text("Reference").text("Note").build();
    }

    private static List<ResultRow> metricRows(final SelectivityProfile p) {
        List<ResultRow> rows = new ArrayList<>();
        List<String> refs = List.of("Uitdehaag & Zaman 2011", "Cheng et al. 2010", "Graczyk 2007; Ka basis: "
            + "Uitdehaag & Zaman 2011", "Karaman et al. 2008; Davis et al. 2011");
        List<SelectivityMetric> metrics = List.of(p.entropy(), p.partitionIndex(), p.gini(), p.selectivityScore());
        for (int i = 0; i < metrics.size(); i++) {
            SelectivityMetric m = metrics.get(i);
            rows.add(metricLayout().row(List.of(ResultValue.text(m.name()),
                ResultValue.text(m.value().map(SelectivityStep::text).orElse("undetermined")),
                ResultValue.text(refs.get(i)), ResultValue.text(String.join("; ", m.notes())))));
        }
        return rows;
    }

    /** @return "5.7", "&gt; 400", "&lt;= 0.89": the value with its qualifier ('=' left out) */
    static String text(final CensoredValue v) {
        String n = HtmlReport.number(v.value());
        return v.qualifier() == Qualifier.EQUAL ? n : v.qualifier().symbol() + " " + n;
    }
}
