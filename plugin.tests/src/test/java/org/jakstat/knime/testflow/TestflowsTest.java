package org.jakstat.knime.testflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every workflow under {@code test-workflows/} through the harness, and checks that the committed workflow
 * files are exactly what their definitions write.
 */
class TestflowsTest {

    static Path testWorkflowsDir() {
        String dir = System.getProperty("jakstat.testWorkflows");
        assertTrue(dir != null && Files.isDirectory(Path.of(dir)),
            "system property jakstat.testWorkflows must point at test-workflows/, got " + dir);
        return Path.of(dir);
    }

    @TestFactory
    Stream<DynamicTest> everyTestWorkflowPasses() throws IOException {
        List<Path> flows;
        try (Stream<Path> dirs = Files.list(testWorkflowsDir())) {
            flows = dirs.filter(d -> Files.isRegularFile(d.resolve(Testflow.WORKFLOW_FILE))).sorted().toList();
        }
        assertFalse(flows.isEmpty(), "no workflow under " + testWorkflowsDir());
        return flows.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            TestflowReport report = TestflowRunner.run(Testflow.read(dir));
            System.out.println(report); // NOSONAR: the harness report is part of the build log by design
            if (!report.failures().isEmpty()) {
                fail(report.toString(), report.cause());
            }
        }));
    }

    @Test
    void everyDefinedWorkflowIsCommittedUnchanged() throws IOException {
        boolean regenerate = Boolean.getBoolean("jakstat.regenerateTestflows");
        for (Map.Entry<String, Supplier<TestflowWriter>> def : TestflowDefinitions.all().entrySet()) {
            Path committed = testWorkflowsDir().resolve(def.getKey());
            if (regenerate) {
                def.getValue().get().writeTo(committed);
                continue;
            }
            Path fresh = Files.createTempDirectory("testflow-").resolve(def.getKey());
            def.getValue().get().writeTo(fresh);
            Map<String, String> want = xmlFiles(fresh);
            Map<String, String> have = xmlFiles(committed);
            assertEquals(want.keySet(), have.keySet(), "files of test workflow " + def.getKey()
                + " differ from its definition; regenerate with -Djakstat.regenerateTestflows=true");
            want.forEach((file, text) -> assertEquals(text, have.get(file), def.getKey() + "/" + file
                + " differs from its definition; regenerate with -Djakstat.regenerateTestflows=true"));
        }
    }

    /** workflow.knime and settings.xml files by relative path, line endings normalised. */
    private static Map<String, String> xmlFiles(final Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.equals(Testflow.WORKFLOW_FILE) || name.equals("settings.xml")) {
                    files.put(dir.relativize(p).toString(),
                        Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n"));
                }
            }
        }
        return files;
    }
}
