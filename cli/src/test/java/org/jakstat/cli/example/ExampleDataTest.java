package org.jakstat.cli.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped example set is exactly what the generator writes, and says it is simulated. */
class ExampleDataTest {

    private static final List<String> FILES = List.of(KinasePanelSimulation.FILE, PstatTimeCourseSimulation.FILE,
        WeeklyBiomarkerSimulation.FILE);

    @TempDir
    Path m_dir;

    @Test
    void sameSeedSameFiles() throws IOException {
        ExampleDataCommand.write(m_dir.resolve("a"), 7);
        ExampleDataCommand.write(m_dir.resolve("b"), 7);
        for (String f : FILES) {
            assertEquals(Files.readString(m_dir.resolve("a").resolve(f)), Files.readString(m_dir.resolve("b").resolve(f)));
        }
    }

    @Test
    void everyFileSaysItIsSimulatedWithWhichSeed() throws IOException {
        ExampleDataCommand.write(m_dir, 7);
        for (String f : FILES) {
            String first = Files.readAllLines(m_dir.resolve(f)).get(0);
            assertTrue(first.startsWith("# SIMULATED data") && first.contains("--seed 7"), f + ": " + first);
        }
    }

    @Test
    void shippedExampleDataIsTheDefaultSeedOutput() throws IOException {
        Path shipped = Path.of(System.getProperty("jakstat.exampleData", "../test-workflows/data"));
        ExampleDataCommand.write(m_dir, ExampleDataCommand.DEFAULT_SEED);
        for (String f : FILES) {
            assertEquals(Files.readString(m_dir.resolve(f)), Files.readString(shipped.resolve(f)),
                f + " differs from the generator's output; regenerate with "
                    + "'java -jar cli/target/jakstat.jar example-data --out test-workflows/data'");
        }
    }

    @Test
    void kinasePanelHasTenHalfLogConcentrationsInDuplicateAndControls() throws IOException {
        ExampleDataCommand.write(m_dir, ExampleDataCommand.DEFAULT_SEED);
        List<String> jak1 = Files.readAllLines(m_dir.resolve(KinasePanelSimulation.FILE)).stream()
            .filter(l -> l.startsWith("baricitinib,JAK1,")).toList();
        assertEquals(2 + 2 * 10, jak1.size());
        assertEquals(2, jak1.stream().filter(l -> l.split(",")[3].equals("0")).count());
    }
}
