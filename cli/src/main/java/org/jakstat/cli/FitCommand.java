package org.jakstat.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jakstat.core.doseresponse.ChartOptions;
import org.jakstat.core.doseresponse.DoseResponseFitter;
import org.jakstat.core.doseresponse.DoseResponseSettings;
import org.jakstat.core.potency.PotencyScale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jakstat fit}: fits a dose-response curve to every curve of a long CSV and writes one row per curve.
 * Prints one summary line to stderr: curves, fitted, failures, seconds, curves per second.
 */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Fit 4PL/3PL/5PL dose-response curves (GraphPad Prism's convention, Y = Bottom + "
                + "(Top-Bottom)/(1+10^((LogIC50-X)*HillSlope)), X = log10 conc in M) to every curve of a long CSV. "
                + "Rows of one curve must be contiguous. Concentrations <= 0 are controls (zero-dose plateau).")
public final class FitCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, description = "long CSV with a header line")
    Path input;

    @Option(names = "--output", description = "result CSV (default: standard output)")
    Path output;

    @Option(names = "--format", defaultValue = "full",
            description = "full (every result) or bench (shared/bench compare.py columns); default ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--id-column", defaultValue = "curve_id", description = "default ${DEFAULT-VALUE}")
    String idColumn;

    @Option(names = "--conc-column", defaultValue = "conc", description = "default ${DEFAULT-VALUE}")
    String concColumn;

    @Option(names = "--response-column", defaultValue = "response", description = "default ${DEFAULT-VALUE}")
    String responseColumn;

    @Option(names = "--conc-unit", defaultValue = "M", converter = PotencyScaleConverter.class,
            description = "unit of the concentrations: M, mM, uM, nM, pM or log10M; default ${DEFAULT-VALUE}")
    PotencyScale concUnit;

    @Option(names = "--ic50-unit", defaultValue = "nM", converter = PotencyScaleConverter.class,
            description = "unit of the IC50/ECx output columns: M, mM, uM, nM or pM; default ${DEFAULT-VALUE}")
    PotencyScale ic50Unit;

    @Option(names = "--model", defaultValue = "4pl", description = "4pl or 5pl; 3PL = 4pl with --fix")
    String model;

    @Option(names = "--fix", paramLabel = "NAME=VALUE",
            description = "hold a parameter: bottom, top, logic50, hill or s, e.g. --fix top=100 --fix hill=-1")
    List<String> fixes = new ArrayList<>();

    @Option(names = "--bound", paramLabel = "NAME=LO:HI",
            description = "bound a parameter, either side may be empty: --bound bottom=-20: --bound top=:120")
    List<String> bounds = new ArrayList<>();

    @Option(names = "--weighting", defaultValue = "none", description = "none, relative (1/Y^2) or replicate-sd")
    String weighting;

    @Option(names = "--replicates", defaultValue = "points", description = "points or means")
    String replicates;

    @Option(names = "--controls", defaultValue = "asymptote",
            description = "what conc <= 0 does: asymptote (zero-dose plateau) or exclude (reported)")
    String controls;

    @Option(names = "--rout-q", description = "remove outliers by ROUT at this FDR, as a fraction (0.01 = 1 %%)")
    Double routQ;

    @Option(names = "--profile", description = "also report the profile-likelihood CI of LogIC50")
    boolean profile;

    @Option(names = "--ec", split = ",", description = "ECx/ICx levels in percent, e.g. --ec 80,90")
    List<Double> effectLevels = new ArrayList<>();

    @Option(names = "--normalized", description = "responses are on a 0-100 scale: report the absolute IC50 (Y=50)")
    boolean normalized;

    @Option(names = "--confidence", defaultValue = "0.95", description = "confidence level; default ${DEFAULT-VALUE}")
    double confidence;

    @Option(names = "--no-automatic-limits",
            description = "do not limit parameters the data cannot define (see DoseResponseSettings)")
    boolean noAutomaticLimits;

    @Option(names = "--compare-fix", paramLabel = "NAME=VALUE",
            description = "also fit the nested simpler model with these extra fixes (e.g. --compare-fix hill=-1 for "
                    + "3PL vs 4PL) and report the extra-sum-of-squares F test, AICc and the preferred model")
    List<String> compareFixes = new ArrayList<>();

    @Option(names = "--plots", paramLabel = "DIR",
            description = "also draw the curves (points, fit, 95 %% band, IC50) into DIR as pages of panels, "
                    + "dose-response-001.png and .svg, ...")
    Path plotDir;

    @Option(names = "--plot-panels", defaultValue = "24",
            description = "curves per plot page, 1..400; default ${DEFAULT-VALUE}")
    int plotPanels;

    @Option(names = "--plot-pages", defaultValue = "10",
            description = "the most plot pages to write (0: all); default ${DEFAULT-VALUE}")
    int plotPages;

    @Option(names = "--plot-points", defaultValue = "points",
            description = "points (every observation) or mean-sd (mean +/- SD of replicates); default ${DEFAULT-VALUE}")
    String plotPoints;

    @Option(names = "--plot-response-title", defaultValue = "Response",
            description = "y axis title of the plots, e.g. 'Activity [%% of control]'; default ${DEFAULT-VALUE}")
    String plotResponseTitle;

    @Option(names = "--plot-concentration-title", defaultValue = "Concentration",
            description = "x axis title of the plots (the tick labels carry the unit), e.g. the compound; "
                    + "default ${DEFAULT-VALUE}")
    String plotConcentrationTitle;

    @Option(names = "--threads", description = "fitting threads (default: available processors)")
    Integer threads;

    @Option(names = "--batch-size", defaultValue = "64", hidden = true)
    int batchSize;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Run r = run(java.util.Optional.empty());
            CurveFitPipeline.Summary s = r.summary();
            err.printf(Locale.ROOT, "fit: curves=%d fitted=%d failures=%d fit_seconds=%.3f curves_per_second=%.0f "
                    + "threads=%d cpu_seconds=%.3f%s%n", s.curves(), s.fitted(), s.failures(), s.wallSeconds(),
                    s.curves() / Math.max(s.wallSeconds(), 1e-9), r.threads(), s.fitCpuSeconds(),
                    plotDir != null ? " plot_pages=" + r.plotPages() + " plot_dir=" + plotDir : "");
            err.flush();
            return 0;
        } catch (NoSuchFileException e) {
            err.println("fit: input file not found: " + e.getFile());
            return 2;
        } catch (MalformedInputException e) {
            err.println("fit: malformed input " + input + ": " + e.getMessage());
            return 2;
        }
    }

    /**
     * What one run did.
     *
     * @param summary   the counts
     * @param threads   the fitting threads used
     * @param plotPages the plot pages written (0 without --plots)
     */
    public record Run(CurveFitPipeline.Summary summary, int threads, int plotPages) {
    }

    /**
     * Does what the command does, without the summary line: fits every curve of {@code --input} as the options say
     * and writes the result rows and the plot pages. Public so that {@code jakstat demo} runs this command as its
     * first step (options parsed by picocli, e.g. {@code CommandLine.populateCommand}).
     *
     * @param listener also receives every curve and its fit, in input order
     * @return the counts
     * @throws IOException             when a file cannot be read or written (NoSuchFileException for --input)
     * @throws MalformedInputException when the input is not the expected CSV
     * @throws CommandLine.ParameterException for an invalid option (a usage error)
     */
    public Run run(java.util.Optional<CurveFitPipeline.Listener> listener) throws IOException,
            MalformedInputException {
        DoseResponseSettings settings = settings();
        java.util.Optional<DoseResponseSettings> simpler = compareFixes.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new FitSettingsParser(spec.commandLine()).withFixes(settings, compareFixes,
                        "--compare-fix"));
        ResultFormat fmt = switch (format.toLowerCase(Locale.ROOT)) {
            case "full" -> new FullResultFormat(settings, ic50Unit, simpler.isPresent());
            case "bench" -> new BenchResultFormat();
            default -> throw usage("--format must be full or bench, not '" + format + "'");
        };
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (nThreads < 1 || batchSize < 1) {
            throw usage("--threads and --batch-size must be at least 1");
        }
        java.util.Optional<PlotPages> plots = plotPages();
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             Writer out = output != null ? Files.newBufferedWriter(output, StandardCharsets.UTF_8)
                     : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            LongCsvReader reader = new LongCsvReader(in, idColumn, concColumn, responseColumn, concUnit);
            CurveFitPipeline.Summary s = new CurveFitPipeline(new DoseResponseFitter(settings), simpler, fmt,
                    nThreads, batchSize, plots, listener).run(reader, out);
            int pages = plots.isPresent() ? plots.get().finish() : 0;
            return new Run(s, nThreads, pages);
        }
    }

    /** @return the plot pages writer when --plots is given; usage errors name the option */
    private java.util.Optional<PlotPages> plotPages() throws IOException {
        if (plotDir == null) {
            return java.util.Optional.empty();
        }
        if (plotPanels < 1 || plotPanels > 400 || plotPages < 0) {
            throw usage("--plot-panels must be in 1..400 and --plot-pages >= 0");
        }
        ChartOptions.PointDisplay display = switch (plotPoints.toLowerCase(Locale.ROOT)) {
            case "points" -> ChartOptions.PointDisplay.INDIVIDUAL;
            case "mean-sd" -> ChartOptions.PointDisplay.MEAN_SD;
            default -> throw usage("--plot-points must be points or mean-sd, not '" + plotPoints + "'");
        };
        return java.util.Optional.of(new PlotPages(plotDir, ChartOptions.defaults().withMaxPanels(plotPanels)
                .withPoints(display).withAxisTitles(plotResponseTitle, plotConcentrationTitle), plotPages));
    }

    private DoseResponseSettings settings() {
        try {
            return new FitSettingsParser(spec.commandLine()).parse(this);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
