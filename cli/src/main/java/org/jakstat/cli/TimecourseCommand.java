package org.jakstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.plot.XyChart;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.TableLayout;
import org.jakstat.core.timecourse.AuecMethod;
import org.jakstat.core.timecourse.DoseModel;
import org.jakstat.core.timecourse.EffectSide;
import org.jakstat.core.timecourse.Normalization;
import org.jakstat.core.timecourse.PdMetric;
import org.jakstat.core.timecourse.PdSample;
import org.jakstat.core.timecourse.TimeCourseAnalysis;
import org.jakstat.core.timecourse.TimeCourseAnalyzer;
import org.jakstat.core.timecourse.TimeCourseChart;
import org.jakstat.core.timecourse.TimeCourseSettings;
import org.jakstat.core.timecourse.TimeCourseTables;
import org.jakstat.core.timecourse.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jakstat timecourse}: the PD Time-Course Analyzer node on the command line. Same options, the same four
 * tables (core's {@link TimeCourseTables}) as CSV files and the same chart ({@link TimeCourseChart}) as PNG and SVG,
 * all in {@code --out DIR}. Prints one summary line to stderr. Exit codes: 0 done (subjects without metrics are rows
 * with their status and reason), 1 I/O error, 2 usage error or malformed input.
 */
@Command(name = "timecourse", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Analyse pharmacodynamic time courses from a long CSV (one row per sample) as the KNIME node PD "
                + "Time-Course Analyzer does: baseline from the pre-dose samples (time <= 0), normalisation, Phoenix "
                + "NCA model 220 metrics per subject (Rmax/Tmax, AUEC, time above a threshold, onset, duration, "
                + "return to baseline), group summaries with 95 %% CIs, dose dependence (ED50) and a plot. Lines "
                + "starting with # are comments.")
public final class TimecourseCommand implements Callable<Integer> {

    /** File names written into {@code --out}. */
    static final List<String> TABLE_FILES = List.of("subjects.csv", "per-time.csv", "metrics.csv",
        "dose-dependence.csv");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "long CSV with a header line")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "directory for subjects.csv, per-time.csv, metrics.csv, dose-dependence.csv and the plots "
                    + "(created if needed)")
    Path out;

    @Option(names = "--subject-column", defaultValue = "subject", description = "default ${DEFAULT-VALUE}")
    String subjectColumn;

    @Option(names = "--group-column", description = "treatment group; without it the dose (with its unit) is the "
            + "group, without either all rows form one group")
    String groupColumn;

    @Option(names = "--dose-column", description = "numeric dose, 0 for placebo (needed for --dose-metric)")
    String doseColumn;

    @Option(names = "--dose-unit", defaultValue = "mg", description = "unit of the doses; default ${DEFAULT-VALUE}")
    String doseUnit;

    @Option(names = "--time-column", defaultValue = "time", description = "time after the dose, <= 0 pre-dose; "
            + "default ${DEFAULT-VALUE}")
    String timeColumn;

    @Option(names = "--time-unit", defaultValue = "h", description = "min, h, day or week; default ${DEFAULT-VALUE}")
    String timeUnit;

    @Option(names = "--response-column", defaultValue = "response",
            description = "the response; for stimulated assays the stimulated signal S; default ${DEFAULT-VALUE}")
    String responseColumn;

    @Option(names = "--unstimulated-column", description = "unstimulated (background) signal U, subtracted from the "
            + "response")
    String unstimulatedColumn;

    @Option(names = "--normalization", defaultValue = "percent-inhibition",
            description = "raw, percent-of-baseline, change-from-baseline, percent-inhibition or placebo-adjusted; "
                    + "default ${DEFAULT-VALUE}")
    String normalization;

    @Option(names = "--placebo-group", description = "group value of the placebo subjects (placebo-adjusted)")
    String placeboGroup;

    @Option(names = "--threshold", defaultValue = "50", description = "effect threshold in effect units; "
            + "default ${DEFAULT-VALUE}")
    double threshold;

    @Option(names = "--effect-side", defaultValue = "above",
            description = "in effect at or above (rising effects) or below (falling markers) the threshold; "
                    + "default ${DEFAULT-VALUE}")
    String effectSide;

    @Option(names = "--return-within", defaultValue = "20",
            description = "X of 'return within X %% of baseline'; default ${DEFAULT-VALUE}")
    double returnWithin;

    @Option(names = "--auec-method", defaultValue = "linear",
            description = "linear or linear-up/log-down; default ${DEFAULT-VALUE}")
    String auecMethod;

    @Option(names = "--dose-metric", defaultValue = "none",
            description = "metric fitted against dose: none, rmax (imax), rmin, auec, auec-above-baseline, "
                    + "auec-below-baseline or auec-net; default ${DEFAULT-VALUE}")
    String doseMetric;

    @Option(names = "--dose-model", defaultValue = "emax",
            description = "emax (Hill = 1) or sigmoid (Hill estimated); default ${DEFAULT-VALUE}")
    String doseModel;

    @Option(names = "--individual-lines", description = "also draw each subject's time course")
    boolean individualLines;

    @Option(names = "--width", defaultValue = "800", description = "plot width in pixels; default ${DEFAULT-VALUE}")
    int width;

    @Option(names = "--height", defaultValue = "600", description = "plot height in pixels; default ${DEFAULT-VALUE}")
    int height;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Analysed a = analyse();
            write(a.analysis());
            err.printf(Locale.ROOT, "timecourse: rows=%d subjects=%d flagged=%d groups=%d dose_fit=%s%n",
                a.samples(), a.analysis().subjects().size(), a.analysis().flaggedSubjects(),
                a.analysis().groups().size(),
                a.analysis().doseDependence().map(d -> d.fit().status().name()).orElse("none"));
            err.flush();
            return 0;
        } catch (NoSuchFileException e) {
            err.println("timecourse: file not found: " + e.getFile());
            return 2;
        } catch (MalformedInputException e) {
            err.println("timecourse: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("timecourse: " + e);
            return 1;
        }
    }

    /**
     * The analysis of one input file.
     *
     * @param samples the rows read
     * @param analysis core's result
     */
    public record Analysed(int samples, TimeCourseAnalysis analysis) {
    }

    /**
     * The command's first half: reads {@code --input} and analyses it with the options' settings. Public, with
     * {@link #write}, so that {@code jakstat demo} runs this command as a step (options parsed by picocli).
     *
     * @return the analysis
     * @throws IOException when the input cannot be read (NoSuchFileException when it does not exist)
     * @throws MalformedInputException when it is not the expected CSV
     * @throws CommandLine.ParameterException for an invalid option (a usage error)
     */
    public Analysed analyse() throws IOException, MalformedInputException {
        TimeCourseSettings settings = settings();
        if (settings.doseMetric().isPresent() && doseColumn == null) {
            throw usage("--dose-metric " + doseMetric + " needs --dose-column; or use --dose-metric none");
        }
        if (width < 100 || width > 5000 || height < 100 || height > 5000) {
            throw usage("--width and --height must be between 100 and 5000 pixels");
        }
        List<PdSample> samples = new TimecourseCsvInput(CsvTable.read(input, "input " + input), this).read();
        return new Analysed(samples.size(), new TimeCourseAnalyzer(settings).analyze(samples));
    }

    /**
     * The command's second half: writes the four tables and the plot into {@code --out}.
     *
     * @param a the analysis from {@link #analyse}
     * @throws IOException when a file cannot be written
     */
    public void write(final TimeCourseAnalysis a) throws IOException {
        Files.createDirectories(out);
        TimeCourseTables t = new TimeCourseTables(a.settings(), doseUnit.strip());
        write(TABLE_FILES.get(0), t.subjects(), a.subjects(), t::subjectRow);
        write(TABLE_FILES.get(1), t.perTime(), a.timeSummaries(), t::perTimeRow);
        write(TABLE_FILES.get(2), t.perMetric(), a.metricSummaries(), t::perMetricRow);
        write(TABLE_FILES.get(3), t.doseDependence(), a.doseDependence().stream().toList(), t::doseRow);
        XyChart chart = TimeCourseChart.of(a, individualLines);
        Files.write(out.resolve("time-course.png"), ChartRenderer.renderPng(chart, width, height));
        Files.writeString(out.resolve("time-course.svg"), ChartRenderer.renderSvg(chart, width, height),
            StandardCharsets.UTF_8);
    }

    private <T> void write(final String file, final TableLayout layout, final List<T> results,
        final Function<T, ResultRow> row) throws IOException {
        try (Writer w = Files.newBufferedWriter(out.resolve(file), StandardCharsets.UTF_8)) {
            ResultTableCsv csv = new ResultTableCsv(w, layout);
            for (T r : results) {
                csv.write(row.apply(r));
            }
        }
    }

    /** @return core's settings from the options; a bad option is a usage error naming it */
    TimeCourseSettings settings() {
        Normalization n = parsed(Normalization.parse(normalization), "--normalization", normalization);
        TimeUnit unit = parsed(TimeUnit.parse(timeUnit), "--time-unit", timeUnit);
        EffectSide side = parsed(EffectSide.parse(effectSide), "--effect-side", effectSide);
        AuecMethod method = parsed(AuecMethod.parse(auecMethod), "--auec-method", auecMethod);
        DoseModel model = parsed(DoseModel.parse(doseModel), "--dose-model", doseModel);
        Optional<PdMetric> metric = doseMetric.equalsIgnoreCase("none") ? Optional.empty()
            : Optional.of(parsed(PdMetric.parse(doseMetric), "--dose-metric", doseMetric));
        if (doseUnit.isBlank()) {
            throw usage("--dose-unit must not be empty");
        }
        try {
            return new TimeCourseSettings(n, unit, placeboGroup == null ? "" : placeboGroup, threshold, side,
                returnWithin, method, metric, model, 0.95);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage() + (n == Normalization.PLACEBO_ADJUSTED ? " (--placebo-group)" : ""));
        }
    }

    private <T> T parsed(final Optional<T> value, final String option, final String text) {
        return value.orElseThrow(() -> usage(option + ": unknown value '" + text + "'"));
    }

    CommandLine.ParameterException usage(final String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
