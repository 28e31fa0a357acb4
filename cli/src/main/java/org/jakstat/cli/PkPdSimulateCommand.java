package org.jakstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.PkPdModelStructure;
import org.jakstat.core.pkpd.PkPdSimulator;
import org.jakstat.core.pkpd.report.DoseScenario;
import org.jakstat.core.pkpd.report.ScenarioOutcome;
import org.jakstat.core.pkpd.report.SimulationJob;
import org.jakstat.core.pkpd.report.SimulationSetup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jakstat pkpd simulate}: one simulation per dose (or per row of a scenario file), written to
 * {@code timecourse.csv}, {@code summary.csv} and {@code chart.png}/{@code chart.svg} in {@code --out}.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Simulate concentration and effect time courses and steady-state metrics, one scenario per "
                + "dose (--dose 2,4) or per row of --scenarios. Writes timecourse.csv, summary.csv, chart.png and "
                + "chart.svg into --out.")
public final class PkPdSimulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    PkPdModelOptions model;

    @Option(names = "--dose", split = ",", defaultValue = "4", paramLabel = "MG",
            description = "dose(s) [mg], one scenario each, e.g. --dose 2,4; default ${DEFAULT-VALUE}")
    List<Double> doses;

    @Option(names = "--scenarios",
            description = "CSV with one scenario per row, instead of --dose: columns --scenario-column (optional), "
                    + "--dose-column, and optionally --interval-column and --doses-column")
    Path scenarios;

    @Option(names = "--scenario-column", defaultValue = "scenario", description = "default ${DEFAULT-VALUE}")
    String scenarioColumn;

    @Option(names = "--dose-column", defaultValue = "dose", description = "[mg]; default ${DEFAULT-VALUE}")
    String doseColumn;

    @Option(names = "--interval-column", defaultValue = "interval", description = "[h]; default ${DEFAULT-VALUE}")
    String intervalColumn;

    @Option(names = "--doses-column", defaultValue = "doses", description = "default ${DEFAULT-VALUE}")
    String dosesColumn;

    @Option(names = "--from", defaultValue = "0", description = "first time of the grid [h]; default ${DEFAULT-VALUE}")
    double from;

    @Option(names = "--to", defaultValue = "24", description = "last time of the grid [h]; default ${DEFAULT-VALUE}")
    double to;

    @Option(names = "--step", defaultValue = "0.25", description = "grid spacing [h]; default ${DEFAULT-VALUE}")
    double step;

    @Option(names = "--out", required = true, description = "output directory (created if needed)")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Simulated s = simulate();
            err.printf(Locale.ROOT, "pkpd simulate: scenarios=%d failed=%d out=%s%n", s.outcomes().size(),
                    s.outcomes().stream().filter(o -> o.failure().isPresent()).count(), out);
            err.flush();
            return 0;
        } catch (NoSuchFileException e) {
            err.println("pkpd simulate: file not found: " + e.getFile());
            return 2;
        } catch (MalformedInputException e) {
            err.println("pkpd simulate: " + e.getMessage());
            return 2;
        }
    }

    /**
     * What one run simulated.
     *
     * @param job      the model, grid and scenarios
     * @param outcomes one outcome per scenario, in order
     */
    public record Simulated(SimulationJob job, List<ScenarioOutcome> outcomes) {
    }

    /**
     * Does what the command does, without the summary line: simulates every scenario and writes
     * {@code timecourse.csv}, {@code summary.csv} and the chart into {@code --out}. Public so that
     * {@code jakstat demo} runs this command as a step (options parsed by picocli).
     *
     * @return the job and its outcomes
     * @throws IOException when a file cannot be read or written (NoSuchFileException for --scenarios)
     * @throws MalformedInputException when --scenarios is not the expected CSV
     * @throws CommandLine.ParameterException for an invalid option (a usage error)
     */
    public Simulated simulate() throws IOException, MalformedInputException {
        CommandLine cl = spec.commandLine();
        List<DoseScenario> list = scenarios == null ? fromDoses() : fromFile();
        SimulationJob job = new SimulationJob(setup(cl, list));
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < job.size(); i++) {
            outcomes.add(job.simulate(i));
        }
        PdStructure pd = job.setup().structure().pd();
        new OutputDirectory(out).table("timecourse.csv", SimulationJob.timeCourseLayout(pd), job.timeCourse(outcomes))
                .table("summary.csv", SimulationJob.summaryLayout(pd), job.summary(outcomes))
                .chart(job.chart(outcomes));
        return new Simulated(job, outcomes);
    }

    private SimulationSetup setup(CommandLine cl, List<DoseScenario> list) {
        PkPdModelStructure structure = new PkPdModelStructure(model.pkStructure(cl), model.pdStructure(cl));
        try {
            return new SimulationSetup(structure, model.inputs(cl).values(structure), model.fu,
                    model.molarMass(cl), PkPdSimulator.evenGrid(from, to, step), list);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    private List<DoseScenario> fromDoses() {
        return doses.stream().map(d -> DoseScenario.ofDose(d, model.interval, model.doses)).toList();
    }

    private List<DoseScenario> fromFile() throws IOException, MalformedInputException {
        CsvTable t = CsvTable.read(scenarios, "scenarios " + scenarios.getFileName());
        int name = t.header().indexOf(scenarioColumn);
        int dose = t.column(doseColumn, "--dose-column");
        int interval = t.header().indexOf(intervalColumn);
        int n = t.header().indexOf(dosesColumn);
        List<DoseScenario> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            CsvTable.Row row = t.rows().get(r);
            String label = name < 0 || CsvTable.isMissing(row.fields().get(name)) ? "Row" + r
                : row.fields().get(name).strip();
            out.add(new DoseScenario(label, t.number(row, dose).orElse(Double.NaN),
                    interval < 0 ? model.interval : t.number(row, interval).orElse(Double.NaN),
                    n < 0 ? model.doses : t.number(row, n).orElse(Double.NaN)));
        }
        return out;
    }
}
