package org.jakstat.knime.testflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jakstat.knime.potency.PotencyConverterTestflowSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness must fail a workflow whose results differ from the reference, or that leaves results unchecked. */
class TestflowRunnerTest {

    @TempDir
    Path m_dir;

    private Path writeData(final String expectedPic50) throws IOException {
        Files.createDirectories(m_dir.resolve("data"));
        Files.writeString(m_dir.resolve("data/in.csv"), "compound,IC50 [nM],qualifier\nA,1,>\nB,,=\n");
        Files.writeString(m_dir.resolve("data/expected.csv"),
            "compound,IC50 [nM],qualifier,pIC50,pIC50 qualifier,pIC50 note\n" + expectedPic50);
        return m_dir;
    }

    private static TestflowWriter converterFlow() {
        return new TestflowWriter().csvReader(1, "data/in.csv")
            .jakstatNode(2, PotencyConverterTestflowSettings.FACTORY, "Potency Converter",
                PotencyConverterTestflowSettings.toPic50())
            .csvReader(3, "data/expected.csv").differenceChecker(4, Map.of("pIC50", 1e-12))
            .connect(1, 1, 2, 1).connect(2, 1, 4, 1).connect(3, 1, 4, 2);
    }

    @Test
    void passesWhenOutputEqualsReference() throws Exception {
        writeData("A,1,>,9.0,<,\nB,,=,,=,missing value\n");
        converterFlow().writeTo(m_dir);
        TestflowReport report = TestflowRunner.run(Testflow.read(m_dir));
        assertEquals(0, report.failures().size(), report::toString);
        assertTrue(report.toString().contains("output was read from data/in.csv"), report::toString);
        assertTrue(report.toString().contains("1 of 2 rows could not be converted"), report::toString);
    }

    @Test
    void failsWhenAValueDiffersFromTheReference() throws Exception {
        writeData("A,1,>,9.001,<,\nB,,=,,=,missing value\n");
        converterFlow().writeTo(m_dir);
        TestflowReport report = TestflowRunner.run(Testflow.read(m_dir));
        assertEquals(1, report.failures().size(), report::toString);
        assertTrue(report.failures().get(0).contains("column 'pIC50'"), report::toString);
    }

    @Test
    void failsWhenAQualifierDiffers() throws Exception {
        writeData("A,1,>,9.0,>,\nB,,=,,=,missing value\n");
        converterFlow().writeTo(m_dir);
        TestflowReport report = TestflowRunner.run(Testflow.read(m_dir));
        assertTrue(report.failures().get(0).contains("column 'pIC50 qualifier'"), report::toString);
    }

    @Test
    void failsWhenAJakstatOutputIsNotCompared() throws Exception {
        writeData("");
        new TestflowWriter().csvReader(1, "data/in.csv")
            .jakstatNode(2, PotencyConverterTestflowSettings.FACTORY, "Potency Converter",
                PotencyConverterTestflowSettings.toPic50())
            .connect(1, 1, 2, 1).writeTo(m_dir);
        TestflowReport report = TestflowRunner.run(Testflow.read(m_dir));
        assertTrue(report.failures().get(0).contains("not compared with a reference"), report::toString);
    }

    @Test
    void failsOnAFactoryItCannotRun() throws Exception {
        writeData("");
        new TestflowWriter().jakstatNode(1, "org.knime.base.node.preproc.filter.row.RowFilterNodeFactory",
            "Row Filter", s -> { }).writeTo(m_dir);
        TestflowReport report = TestflowRunner.run(Testflow.read(m_dir));
        assertTrue(report.failures().get(0).contains("can neither run nor stand in for"), report::toString);
    }

    @Test
    void decodesImageOutputsAndSaysWhatTheyShow() throws Exception {
        Files.createDirectories(m_dir.resolve("data"));
        Files.writeString(m_dir.resolve("data/parameters.csv"),
            "compound,target,Bottom,Top,HillSlope,IC50 [nM],IC50 qualifier\nA,JAK1,0,100,-1,10,=\n");
        Files.writeString(m_dir.resolve("data/points.csv"), "compound,target,conc,response\nA,JAK1,10,50\n");
        new TestflowWriter().csvReader(1, "data/parameters.csv").csvReader(2, "data/points.csv")
            .jakstatNode(3, org.jakstat.knime.doseresponse.plot.DoseResponsePlotTestflowSettings.FACTORY,
                "Dose-Response Plot", org.jakstat.knime.doseresponse.plot.DoseResponsePlotTestflowSettings.panels())
            .connect(1, 1, 3, 1).connect(2, 1, 3, 2).writeTo(m_dir);
        TestflowReport report = TestflowRunner.run(Testflow.read(m_dir));
        assertEquals(0, report.failures().size(), report::toString);
        assertTrue(report.toString().contains("Dose-Response Plot (#3): image output 1 is a 800x600 PNG"),
            report::toString);
    }

    @Test
    void ignoredColumnsAreNotCompared() throws Exception {
        // the pIC50 note is missing in every expected row, so KNIME's reader types it as string
        writeData("A,1,>,9.0,<,\nB,,=,,=,\n");
        new TestflowWriter().csvReader(1, "data/in.csv")
            .jakstatNode(2, PotencyConverterTestflowSettings.FACTORY, "Potency Converter",
                PotencyConverterTestflowSettings.toPic50())
            .csvReader(3, "data/expected.csv").differenceChecker(4, Map.of("pIC50", 1e-12), java.util.Set.of(
                "pIC50 note"))
            .connect(1, 1, 2, 1).connect(2, 1, 4, 1).connect(3, 1, 4, 2).writeTo(m_dir);
        TestflowReport report = TestflowRunner.run(Testflow.read(m_dir));
        assertEquals(0, report.failures().size(), report::toString);
    }
}
