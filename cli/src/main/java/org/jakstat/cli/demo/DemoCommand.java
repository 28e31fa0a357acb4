package org.jakstat.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.jakstat.cli.MalformedInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jakstat demo --out DIR}: the whole analysis a user would chain from Jakstat's KNIME nodes, on the simulated
 * baricitinib example set the jar carries (or on a folder of files of the same format): kinase curve fits,
 * selectivity and pathway coverage, PD time-course metrics, a PK/PD fit and the weekly biomarkers. Each step runs
 * the matching {@code jakstat} command; everything lands in DIR as CSV tables, PNG and SVG plots and one
 * self-contained {@code report.html}. Exit codes: 0 done, 1 I/O error while running, 2 bad --out or --data, or an
 * input file not in the example's format.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Run the whole Jakstat analysis on the simulated baricitinib example data (or --data): fit the "
        + "kinase curves, score selectivity and pathway coverage, analyse the pSTAT3 time course, fit the PK/PD "
        + "model and summarise the weekly biomarkers. Writes CSV tables, PNG and SVG plots and a self-contained "
        + "report.html into --out.")
public final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec m_spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
        description = "output folder, created if needed; files of an earlier run are overwritten")
    private Path m_out;

    @Option(names = "--data", paramLabel = "DIR", description = "run on kinase-panel.csv, pstat3-timecourse.csv and "
        + "weekly-biomarkers.csv in DIR (same columns as the example set) instead of the bundled example data")
    private Path m_data;

    @Option(names = "--progress", negatable = true, description = "show a progress bar on standard error (default: "
        + "only when a console is attached; --no-progress never)")
    private Boolean m_progress;

    @Override
    public Integer call() {
        PrintWriter err = m_spec.commandLine().getErr();
        long t0 = System.nanoTime();
        Path out;
        try {
            out = outputFolder();
        } catch (IOException e) {
            err.println("demo: " + e.getMessage());
            return 2;
        }
        TerminalProgress progress = new TerminalProgress(err, m_progress != null ? m_progress
            : TerminalProgress.consoleAttached(), DemoSteps.LABELS.length + 2);
        try {
            progress.step("reading the data");
            DemoInputs in = m_data == null ? DemoInputs.bundled(out) : DemoInputs.fromFolder(m_data);
            DemoSteps steps = DemoSteps.run(in, out, progress);
            progress.step("writing " + DemoReport.FILE);
            new DemoReport(out, in, steps).write();
            progress.done();
            err.printf(Locale.ROOT, "demo: wrote %s and %d other files to %s in %.1f s%n", DemoReport.FILE,
                countFiles(out) - 1, out, (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (NoSuchFileException e) {
            progress.interrupted();
            err.println("demo: file not found: " + e.getFile() + (m_data != null ? " (--data needs kinase-panel.csv, "
                + "pstat3-timecourse.csv and weekly-biomarkers.csv)" : ""));
            return 2;
        } catch (MalformedInputException e) {
            progress.interrupted();
            err.println("demo: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            progress.interrupted();
            err.println("demo: " + e);
            return 1;
        }
    }

    /** @return --out as an existing, writable folder; the exception's message names the problem and --out */
    private Path outputFolder() throws IOException {
        Path out = m_out.toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IOException("--out " + m_out + " is a file, not a folder: name a folder (it is created if needed)");
        }
        try {
            Files.createDirectories(out);
        } catch (FileSystemException e) {
            String why = e.getReason() != null ? e.getReason()
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
            throw new IOException("--out " + m_out + ": cannot create the folder: " + why + " (" + e.getFile() + ")",
                e);
        }
        if (!Files.isWritable(out)) {
            throw new IOException("--out " + m_out + ": the folder is not writable");
        }
        return out;
    }

    private static long countFiles(final Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}
