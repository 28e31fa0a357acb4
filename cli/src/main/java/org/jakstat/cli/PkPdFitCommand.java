package org.jakstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jakstat.core.pkpd.FitWeighting;
import org.jakstat.core.pkpd.ObservedQuantity;
import org.jakstat.core.pkpd.PkPdFitStatus;
import org.jakstat.core.pkpd.PkPdModelStructure;
import org.jakstat.core.pkpd.report.FitJob;
import org.jakstat.core.pkpd.report.FitOutcome;
import org.jakstat.core.pkpd.report.FitSetup;
import org.jakstat.core.pkpd.report.ObservationRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jakstat pkpd fit}: estimates PD (and optionally PK) parameters from a CSV of observed time courses with
 * known doses; writes {@code observations.csv}, {@code fit.csv} and {@code chart.png}/{@code chart.svg} into
 * {@code --out}.
 */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Fit the PK/PD model to observed time courses with known doses (weighted least squares; SEs, "
                + "CIs, R2, Sy.x, AICc). The model options are the start values and the values of held parameters. "
                + "Writes observations.csv, fit.csv, chart.png and chart.svg into --out.")
public final class PkPdFitCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    PkPdModelOptions model;

    @Option(names = "--input", required = true, description = "CSV of observations with a header line")
    Path input;

    @Option(names = "--subject-column",
            description = "subject column (optional; without it the doses form the profiles)")
    String subjectColumn;

    @Option(names = "--dose-column", description = "dose column [mg] (optional; without it every row has --dose)")
    String doseColumn;

    @Option(names = "--time-column", defaultValue = "time", description = "time [h]; default ${DEFAULT-VALUE}")
    String timeColumn;

    @Option(names = "--value-column", defaultValue = "value", description = "observed value; default ${DEFAULT-VALUE}")
    String valueColumn;

    @Option(names = "--dose", defaultValue = "4", description = "every row's dose [mg] without --dose-column; "
            + "default ${DEFAULT-VALUE}")
    double dose;

    @Option(names = "--observed", defaultValue = "response",
            description = "what the values are: response, inhibition (100 (1 - E/E0), %%) or concentration (total, "
                    + "mg/L; fits PK only); default ${DEFAULT-VALUE}")
    String observed;

    @Option(names = "--weighting", defaultValue = "none",
            description = "none or relative (1/Y^2); default ${DEFAULT-VALUE}")
    String weighting;

    @Option(names = "--estimate-pk", description = "estimate the PK parameters from PD data too (default: held)")
    boolean estimatePk;

    @Option(names = "--hold", defaultValue = "tlag",
            description = "parameters held at their option value, comma-separated, e.g. --hold tlag,Imax; default "
                    + "${DEFAULT-VALUE}")
    String hold;

    @Option(names = "--per-subject", description = "one fit per subject (needs --subject-column)")
    boolean perSubject;

    @Option(names = "--confidence", defaultValue = "0.95", description = "confidence level; default ${DEFAULT-VALUE}")
    double confidence;

    @Option(names = "--out", required = true, description = "output directory (created if needed)")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Fitted f = fit();
            long fitted = f.outcomes().stream().filter(o -> o.result().status() == PkPdFitStatus.FITTED).count();
            err.printf(Locale.ROOT, "pkpd fit: rows=%d fits=%d fitted=%d rejected_rows=%d out=%s%n",
                    f.job().setup().rows().size(), f.outcomes().size(), fitted, f.job().rejectedRows(), out);
            err.flush();
            return 0;
        } catch (NoSuchFileException e) {
            err.println("pkpd fit: file not found: " + e.getFile());
            return 2;
        } catch (MalformedInputException e) {
            err.println("pkpd fit: " + e.getMessage());
            return 2;
        }
    }

    /**
     * What one run fitted.
     *
     * @param job      the setup with the rows read, and its tables
     * @param outcomes one outcome per fit ("all", or one per subject), in order
     */
    public record Fitted(FitJob job, List<FitOutcome> outcomes) {
    }

    /**
     * Does what the command does, without the summary line: reads {@code --input}, runs the fit(s) and writes
     * {@code observations.csv}, {@code fit.csv} and the chart into {@code --out}. Public so that
     * {@code jakstat demo} runs this command as a step (options parsed by picocli).
     *
     * @return the job and its outcomes
     * @throws IOException when a file cannot be read or written (NoSuchFileException for --input)
     * @throws MalformedInputException when --input is not the expected CSV
     * @throws CommandLine.ParameterException for an invalid option (a usage error)
     */
    public Fitted fit() throws IOException, MalformedInputException {
        CommandLine cl = spec.commandLine();
        if (perSubject && subjectColumn == null) {
            throw new CommandLine.ParameterException(cl, "--per-subject needs --subject-column");
        }
        FitSetup options = setup(cl, List.of());
        List<ObservationRow> rows = rows();
        FitJob job = new FitJob(new FitSetup(options.structure(), options.start(), options.held(), options.quantity(),
                options.weighting(), options.fractionUnbound(), options.molarMass(), options.confidenceLevel(),
                options.intervalHours(), options.numberOfDoses(), options.perSubject(), rows));
        List<FitOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < job.fitNames().size(); i++) {
            outcomes.add(job.fit(i));
        }
        new OutputDirectory(out)
                .table("observations.csv", FitJob.observationLayout(options.quantity()), job.observations(outcomes))
                .table("fit.csv", FitJob.summaryLayout(options.structure(), confidence), job.summary(outcomes))
                .chart(job.chart(outcomes));
        return new Fitted(job, outcomes);
    }

    /** @return the setup from the options (usage errors name the option), with the given rows */
    private FitSetup setup(CommandLine cl, List<ObservationRow> rows) {
        ObservedQuantity quantity = ObservedQuantity.parse(observed).orElseThrow(() ->
                new CommandLine.ParameterException(cl, "--observed must be response, inhibition or concentration, "
                        + "not '" + observed + "'"));
        FitWeighting w = FitWeighting.parse(weighting).orElseThrow(() ->
                new CommandLine.ParameterException(cl, "--weighting must be none or relative, not '" + weighting
                        + "'"));
        try {
            PkPdModelStructure structure = FitSetup.structureFor(model.pkStructure(cl), model.pdStructure(cl),
                    quantity);
            return new FitSetup(structure, model.inputs(cl).values(structure),
                    FitSetup.heldParameters(structure, estimatePk, hold), quantity, w, model.fu, model.molarMass(cl),
                    confidence, model.interval, model.doses, perSubject, rows);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    private List<ObservationRow> rows() throws IOException, MalformedInputException {
        CsvTable t = CsvTable.read(input, "input " + input.getFileName());
        int subject = t.optionalColumn(subjectColumn, "--subject-column");
        int doseIndex = t.optionalColumn(doseColumn, "--dose-column");
        int time = t.column(timeColumn, "--time-column");
        int value = t.column(valueColumn, "--value-column");
        List<ObservationRow> rows = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            String id = subject < 0 ? "" : CsvTable.isMissing(row.fields().get(subject)) ? null
                : row.fields().get(subject).strip();
            rows.add(new ObservationRow(id, doseIndex < 0 ? dose : t.number(row, doseIndex).orElse(Double.NaN),
                    t.number(row, time).orElse(Double.NaN), t.number(row, value).orElse(Double.NaN)));
        }
        return rows;
    }
}
