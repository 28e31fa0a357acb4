package org.jakstat.cli.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jakstat example-data --out DIR [--seed N]}: writes Jakstat's simulated example set (kinase assay panel,
 * whole-blood pSTAT3 time course, weekly biomarkers). The same seed always gives the same files; the set shipped
 * in {@code test-workflows/data/} is seed {@value #DEFAULT_SEED}.
 */
@Command(name = "example-data", mixinStandardHelpOptions = true,
    description = "Write the simulated baricitinib example data set (CSV files, each saying it is simulated).")
public final class ExampleDataCommand implements Callable<Integer> {

    /** The seed of the shipped example set. */
    public static final long DEFAULT_SEED = 20261122L;

    @Option(names = "--out", required = true, description = "Folder to write the CSV files into (created if needed).")
    private Path m_out;

    @Option(names = "--seed", defaultValue = "" + DEFAULT_SEED, description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long m_seed;

    @Override
    public Integer call() throws IOException {
        write(m_out, m_seed);
        System.err.println("example-data: wrote " + KinasePanelSimulation.FILE + ", " + PstatTimeCourseSimulation.FILE
            + ", " + WeeklyBiomarkerSimulation.FILE + " to " + m_out + " (seed " + m_seed + ")");
        return 0;
    }

    /**
     * Writes the three files.
     *
     * @param dir the folder (created if needed)
     * @param seed the random seed; each file uses its own stream derived from it
     */
    public static void write(final Path dir, final long seed) throws IOException {
        Files.createDirectories(dir);
        KinasePanelSimulation.write(dir, seed);
        PstatTimeCourseSimulation.write(dir, seed);
        WeeklyBiomarkerSimulation.write(dir, seed);
    }
}
