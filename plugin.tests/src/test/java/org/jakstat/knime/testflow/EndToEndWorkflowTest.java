package org.jakstat.knime.testflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The end-to-end workflow's flow variables act on its results: run with another value given as KNIME's batch
 * application takes it ({@code -workflow.variable=name,value,type}), exactly the checkers downstream of the bound
 * settings fail (their references are computed for the saved values). And its copies of the example data are the
 * bundled files.
 */
class EndToEndWorkflowTest {

    private static final Pattern CHECKER = Pattern.compile("^Table Difference Checker \\(#(\\d+)\\)");

    private static Testflow flow() throws Exception {
        return Testflow.read(TestflowsTest.testWorkflowsDir().resolve(EndToEndTestflows.NAME));
    }

    /** @return the ids of the checkers that reported differences */
    private static Set<Integer> failingCheckers(final TestflowReport report) {
        Set<Integer> ids = new TreeSet<>();
        for (String failure : report.failures()) {
            Matcher m = CHECKER.matcher(failure);
            if (m.find()) {
                ids.add(Integer.parseInt(m.group(1)));
            }
        }
        return ids;
    }

    @Test
    void theReferenceKinaseChangesTheSelectivityProfile() throws Exception {
        TestflowReport report = TestflowRunner.run(flow(), List.of("reference_kinase,JAK2,String"));
        assertEquals(Set.of(12), failingCheckers(report), report::toString);
        assertTrue(report.toString().contains("column 'Reference': expected 'JAK1', got 'JAK2'"), report::toString);
    }

    /**
     * fu scales the free concentration: the pathway node predicts more inhibition, and the PK/PD fit's IC50 on the
     * free concentration doubles while its predicted responses (and so the observations table) stay the same.
     */
    @Test
    void theFreeFractionChangesPathwayCoverageAndThePkPdIc50() throws Exception {
        TestflowReport report = TestflowRunner.run(flow(), List.of("fraction_unbound,1.0,double"));
        assertEquals(Set.of(17, 32), failingCheckers(report), report::toString);
        assertTrue(report.toString().contains("column 'IC50 [nM]': expected 118.86064492874726, got 237.72128"),
            report::toString);
    }

    /** The molar mass converts mg/L to nM: the fitted IC50 [nM] scales by 371.42/400, the predictions do not. */
    @Test
    void theMolarMassChangesThePkPdIc50() throws Exception {
        TestflowReport report = TestflowRunner.run(flow(), List.of("molar_mass,400,double"));
        assertEquals(Set.of(32), failingCheckers(report), report::toString);
        assertTrue(report.toString().contains("column 'IC50 [nM]': expected 118.86064492874726, got 110.368054"),
            report::toString);
    }

    @Test
    void theRoutQReachesTheFitter() throws Exception {
        TestflowReport report = TestflowRunner.run(flow(), List.of("rout_q,0,double"));
        assertTrue(report.failures().get(0).contains("ROUT Q must be a percentage above 0 and below 100 (got 0.0)"),
            report::toString);
    }

    @Test
    void theSavedValuesPass() throws Exception {
        TestflowReport report = TestflowRunner.run(flow(), List.of("rout_q,1,double", "reference_kinase,JAK1,String",
            "fraction_unbound,0.5,double", "molar_mass,371.42,double"));
        assertEquals(List.of(), report.failures(), report::toString);
    }

    @Test
    void theInputsAreTheBundledExampleData() throws Exception {
        Path bundled = TestflowsTest.testWorkflowsDir().resolve("data");
        Path copies = TestflowsTest.testWorkflowsDir().resolve(EndToEndTestflows.NAME).resolve("data");
        for (String file : List.of("kinase-panel.csv", "pstat3-timecourse.csv")) {
            assertArrayEquals(Files.readAllBytes(bundled.resolve(file)), Files.readAllBytes(copies.resolve(file)),
                file + " differs from test-workflows/data/" + file + ": copy it again and rerun make_expected.py");
        }
    }
}
