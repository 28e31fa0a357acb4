package org.jakstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jakstat.core.plot.Chart;
import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.selectivity.FoldTableLayout;
import org.jakstat.core.selectivity.LongPotencyTable;
import org.jakstat.core.selectivity.ProfileChart;
import org.jakstat.core.selectivity.ProfileStatus;
import org.jakstat.core.selectivity.ProfileTableLayout;
import org.jakstat.core.selectivity.SelectivityProfile;
import org.jakstat.core.selectivity.SelectivityScorer;
import org.jakstat.core.selectivity.SelectivitySettings;
import org.jakstat.core.selectivity.ValueType;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.TableLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jakstat selectivity}: the Kinase Selectivity Scorer node on the command line. Same options, same
 * per-compound table (core's {@link ProfileTableLayout}), optionally the pairwise fold matrix
 * ({@link FoldTableLayout}) and the chart ({@link ProfileChart}). Prints one summary line to stderr. Exit codes: 0
 * done (compounds that could not be scored are rows with their status and reason), 1 I/O error, 2 usage error or
 * malformed input.
 */
@Command(name = "selectivity", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score kinase selectivity per compound from a long CSV of potencies (one row per compound, "
                + "kinase and measurement), as the KNIME node Kinase Selectivity Scorer does: potency per kinase and "
                + "as pX, fold over a fixed or most-potent reference with honest censoring ('>400' over '=5.9' is "
                + "'>67.8'), profile class, selectivity entropy, partition index, Gini and S(x). IC50s from different "
                + "[ATP] are compared only as Ki by Cheng-Prusoff, else refused. Lines starting with # are comments.")
public final class SelectivityCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "long CSV with a header line")
    Path input;

    @Option(names = "--output", paramLabel = "FILE", description = "per-compound CSV (default: standard output)")
    Path output;

    @Option(names = "--folds", paramLabel = "FILE", description = "also write the pairwise fold matrix to this CSV")
    Path folds;

    @Option(names = "--plot", paramLabel = "FILE",
            description = "also draw pX per kinase per compound into this .png or .svg file (repeatable: "
                    + "--plot a.png --plot a.svg)")
    List<Path> plots = new ArrayList<>();

    @Option(names = "--plot-kind", defaultValue = "dots",
            description = "dots, bars or heat-map; default ${DEFAULT-VALUE}")
    String plotKind;

    @Option(names = "--compound-column", defaultValue = "compound", description = "default ${DEFAULT-VALUE}")
    String compoundColumn;

    @Option(names = "--kinase-column", defaultValue = "kinase", description = "default ${DEFAULT-VALUE}")
    String kinaseColumn;

    @Option(names = "--value-column", defaultValue = "value", description = "the potencies; default ${DEFAULT-VALUE}")
    String valueColumn;

    @Option(names = "--qualifier-column", description = "censoring qualifiers (=, <, <=, >, >=, ~); without it every "
            + "value is an estimate")
    String qualifierColumn;

    @Option(names = "--value-type", defaultValue = "IC50",
            description = "IC50, Ki or Kd of every row (unless --value-type-column); default ${DEFAULT-VALUE}")
    String valueType;

    @Option(names = "--value-type-column", description = "each row's value type (IC50, Ki, Kd)")
    String valueTypeColumn;

    @Option(names = "--unit", defaultValue = "nM",
            description = "unit of every value (unless --unit-column): M, mM, uM, nM, pM, pX or log10M; "
                    + "default ${DEFAULT-VALUE}")
    String unit;

    @Option(names = "--unit-column", description = "each row's unit")
    String unitColumn;

    @Option(names = "--atp-column", description = "each row's assay [ATP] (needed to compare IC50s across ATP "
            + "conditions by Cheng-Prusoff)")
    String atpColumn;

    @Option(names = "--km-atp-column", description = "each row's Km,ATP (overrides --km-atp)")
    String kmAtpColumn;

    @Option(names = "--atp-unit", defaultValue = "uM",
            description = "unit of [ATP] and Km,ATP (columns and --km-atp): M, mM, uM, nM or pM; "
                    + "default ${DEFAULT-VALUE}")
    String atpUnit;

    @Option(names = "--km-atp", paramLabel = "FILE", description = "CSV of Km,ATP per kinase")
    Path kmTable;

    @Option(names = "--km-kinase-column", defaultValue = "kinase",
            description = "kinase column of --km-atp; default ${DEFAULT-VALUE}")
    String kmKinaseColumn;

    @Option(names = "--km-column", description = "Km,ATP column of --km-atp (required with it)")
    String kmColumn;

    @Option(names = "--reference", defaultValue = "most-potent",
            description = "most-potent (each compound's most potent kinase) or a panel kinase, e.g. JAK1; "
                    + "default ${DEFAULT-VALUE}")
    String reference;

    @Option(names = "--panel", split = ",", defaultValue = "JAK1,JAK2,JAK3,TYK2",
            description = "the kinases scored, in output order; default ${DEFAULT-VALUE}")
    List<String> panel = new ArrayList<>();

    @Option(names = "--sx-threshold", defaultValue = "3", description = "x of S(x); default ${DEFAULT-VALUE}")
    double sxThreshold;

    @Option(names = "--threshold-unit", defaultValue = "uM",
            description = "unit of x and of the Gini test concentration; default ${DEFAULT-VALUE}")
    String thresholdUnit;

    @Option(names = "--co-primary-window", defaultValue = "3",
            description = "kinases within this fold of the most potent are co-primary; default ${DEFAULT-VALUE}")
    double coPrimaryWindow;

    @Option(names = "--output-unit", defaultValue = "nM", description = "unit of the potency columns; "
            + "default ${DEFAULT-VALUE}")
    String outputUnit;

    @Option(names = "--gini", defaultValue = "ka", description = "Gini basis: ka (Ka = 1/K, Uitdehaag & Zaman 2011) "
            + "or percent-inhibition (at --gini-test-concentration, Graczyk 2007); default ${DEFAULT-VALUE}")
    String gini;

    @Option(names = "--gini-test-concentration", defaultValue = "1",
            description = "[I] of the percent-inhibition Gini, in --threshold-unit; default ${DEFAULT-VALUE}")
    double giniTestConcentration;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Scoring s = score();
            s.notes().forEach(n -> err.println("selectivity: note: " + n));
            s.warnings().forEach(w -> err.println("selectivity: warning: " + w));
            err.printf(Locale.ROOT, "selectivity: compounds=%d scored=%d refused=%d no_usable_data=%d%n",
                    s.rows().size(), s.count(ProfileStatus.SCORED), s.count(ProfileStatus.REFUSED),
                    s.count(ProfileStatus.NO_USABLE_DATA));
            err.flush();
            return 0;
        } catch (NoSuchFileException e) {
            err.println("selectivity: file not found: " + e.getFile());
            return 2;
        } catch (MalformedInputException e) {
            err.println("selectivity: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("selectivity: " + e);
            return 1;
        }
    }

    /**
     * What one run scored.
     *
     * @param profiles  one profile per compound, in input order (rows without a compound are not among them)
     * @param table     the columns of the per-compound table
     * @param rows      its rows as written (the compounds, plus one for rows without a compound)
     * @param counts    rows per status
     * @param notes     hints about the options (printed by the command as notes)
     * @param warnings  input that was not used, and why (printed as warnings)
     */
    public record Scoring(List<SelectivityProfile> profiles, TableLayout table, List<ResultRow> rows,
                          Map<ProfileStatus, Integer> counts, List<String> notes, List<String> warnings) {

        /** @param status a status @return the rows with it */
        public int count(ProfileStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }

    /**
     * Does what the command does, without printing: reads {@code --input}, scores every compound, writes the
     * per-compound table, the fold matrix and the plots. Public so that {@code jakstat demo} runs this command as
     * a step (options parsed by picocli).
     *
     * @return the profiles, counts and warnings
     * @throws IOException             when a file cannot be read or written (NoSuchFileException for a missing one)
     * @throws MalformedInputException when an input is not the expected CSV
     * @throws CommandLine.ParameterException for an invalid option (a usage error)
     */
    public Scoring score() throws IOException, MalformedInputException {
        SelectivityOptions options = new SelectivityOptions(this, spec.commandLine());
        SelectivitySettings settings = options.scoring();
        ProfileChart.Kind kind = options.plotKind();
        CsvTable table = CsvTable.read(input, "input " + input);
        ScorerCsvInput in = new ScorerCsvInput(table, this);
        List<String> notes = new ArrayList<>();
        if (qualifierColumn == null && table.header().contains("qualifier")) {
            notes.add("column 'qualifier' is not read; pass --qualifier-column qualifier to read censoring "
                    + "qualifiers ('>400')");
        }
        List<String> warnings = new ArrayList<>();
        if (kmTable != null) {
            settings = settings.withKmAtp(ScorerCsvInput.kmTable(CsvTable.read(kmTable, "Km,ATP table " + kmTable),
                    kmKinaseColumn, kmColumn, options.atpUnit(), warnings));
            if (atpColumn == null) {
                warnings.add("--km-atp is given but no --atp-column: without [ATP] no IC50 can be converted to Ki, "
                        + "so the table is not used");
            }
        }
        ScorerCsvInput.Read read = in.read(options.valueType(), options.unit(), options.atpUnit());
        Optional<ValueType> type = ProfileTableLayout.fixedType(options.valueType(), valueTypeColumn != null,
                atpColumn != null, kmAtpColumn != null || kmTable != null);
        return write(new SelectivityScorer(settings), read, type, kind, notes, warnings);
    }

    /** Scores every compound and writes the tables and the plots. */
    private Scoring write(SelectivityScorer scorer, ScorerCsvInput.Read read, Optional<ValueType> type,
                          ProfileChart.Kind kind, List<String> notes, List<String> warnings) throws IOException {
        List<String> kinases = scorer.settings().panel();
        ProfileTableLayout profileLayout = new ProfileTableLayout(compoundColumn, kinases, type,
                scorer.settings().outputScale(), ProfileTableLayout.sxName(sxThreshold, thresholdUnit));
        FoldTableLayout foldLayout = new FoldTableLayout(compoundColumn, kinases);
        ProfileChart chart = new ProfileChart(kinases, type, kind);
        Map<ProfileStatus, Integer> counts = new EnumMap<>(ProfileStatus.class);
        List<SelectivityProfile> profiles = new ArrayList<>();
        List<ResultRow> rows = new ArrayList<>();
        try (Writer profileOut = output == null ? nonClosing(spec.commandLine().getOut()) : newFile(output);
             Writer foldOut = folds == null ? Writer.nullWriter() : newFile(folds)) {
            ResultTableCsv profileCsv = new ResultTableCsv(profileOut, profileLayout.layout());
            ResultTableCsv foldCsv = new ResultTableCsv(foldOut, foldLayout.layout());
            for (LongPotencyTable.Compound c : read.compounds()) {
                SelectivityProfile p = scorer.score(c.toCore());
                profiles.add(p);
                counts.merge(p.status(), 1, Integer::sum);
                chart.add(p);
                rows.add(profileLayout.row(p, c.rowNotes()));
                profileCsv.write(rows.get(rows.size() - 1));
                for (ResultRow fold : foldLayout.rows(p)) {
                    foldCsv.write(fold);
                }
            }
            if (!read.unassigned().isEmpty()) {
                rows.add(profileLayout.unassignedRow(read.unassigned()));
                profileCsv.write(rows.get(rows.size() - 1));
                counts.merge(ProfileStatus.NO_USABLE_DATA, 1, Integer::sum);
                chart.addUnscored(1);
            }
        }
        for (Path plot : plots) {
            writePlot(chart.chart(), plot);
        }
        return new Scoring(profiles, profileLayout.layout(), rows, counts, notes, warnings);
    }

    private static void writePlot(Chart chart, Path plot) throws IOException {
        if (plot.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            Files.writeString(plot, ChartRenderer.renderSvg(chart), StandardCharsets.UTF_8);
        } else {
            Files.write(plot, ChartRenderer.renderPng(chart));
        }
    }

    private static Writer newFile(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Standard output stays open after the table is written; it is only flushed. */
    private static Writer nonClosing(PrintWriter out) {
        return new java.io.FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
