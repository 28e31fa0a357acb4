package org.jakstat.knime.testflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jakstat.knime.potency.PotencyConverterTestflowSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workflow variables and settings bound to them: the harness must read them in KNIME's format, apply them as KNIME
 * does before configure, let batch options override them, and fail (never skip) what it cannot apply.
 */
class FlowVariablesTest {

    @TempDir
    Path m_dir;

    /**
     * A Potency Converter whose saved input scale is uM but is bound to the variable input_unit (saved as nM); the
     * reference is pIC50 = 9 for 1 nM, so the workflow passes only if the binding is applied.
     */
    private Testflow converterWithBoundUnit(final String variable, final String variableValue) throws Exception {
        Files.createDirectories(m_dir.resolve("data"));
        Files.writeString(m_dir.resolve("data/in.csv"), "compound,IC50 [nM],qualifier\nA,1,=\n");
        Files.writeString(m_dir.resolve("data/expected.csv"),
            "compound,IC50 [nM],qualifier,pIC50,pIC50 qualifier,pIC50 note\nA,1,=,9.0,=,\n");
        new TestflowWriter().workflowVariable(variable, variableValue).csvReader(1, "data/in.csv")
            .jakstatNode(2, PotencyConverterTestflowSettings.FACTORY, "Potency Converter",
                PotencyConverterTestflowSettings.toPic50From("uM"))
            .bind(2, "input_unit", "input_scale")
            .csvReader(3, "data/expected.csv").differenceChecker(4, Map.of("pIC50", 1e-12), java.util.Set.of(
                "pIC50 note"))
            .connect(1, 1, 2, 1).connect(2, 1, 4, 1).connect(3, 1, 4, 2).writeTo(m_dir);
        return Testflow.read(m_dir);
    }

    @Test
    void aBoundSettingTakesTheVariablesValue() throws Exception {
        TestflowReport report = TestflowRunner.run(converterWithBoundUnit("input_unit", "nM"));
        assertEquals(List.of(), report.failures(), report::toString);
        assertTrue(report.toString().contains(
            "Potency Converter (#2): setting 'input_scale' from flow variable input_unit (STRING) = 'nM'"),
            report::toString);
    }

    @Test
    void aBatchOptionOverridesTheSavedValue() throws Exception {
        TestflowReport report = TestflowRunner.run(converterWithBoundUnit("input_unit", "nM"),
            List.of("input_unit,uM,String"));
        assertEquals(1, report.failures().size(), report::toString);
        assertTrue(report.failures().get(0).contains("column 'pIC50': expected 9.0, got 6.0"), report::toString);
        assertTrue(report.toString().contains("input_unit (STRING) = 'uM' (1 given as batch options)"),
            report::toString);
    }

    @Test
    void aBatchOptionOfAnUndefinedVariableIsNoted() throws Exception {
        TestflowReport report = TestflowRunner.run(converterWithBoundUnit("input_unit", "nM"),
            List.of("dose,4,double"));
        assertEquals(List.of(), report.failures(), report::toString);
        assertTrue(report.toString().contains("[dose] given but not defined in the workflow"), report::toString);
    }

    @Test
    void aMalformedBatchOptionFails() throws Exception {
        TestflowReport report = TestflowRunner.run(converterWithBoundUnit("input_unit", "nM"),
            List.of("input_unit,nM,str"));
        assertTrue(report.failures().get(0).contains("type 'str' is not one of String, int, double"),
            report::toString);
    }

    @Test
    void aBindingToAnUndefinedVariableFails() throws Exception {
        assertThrows(IllegalStateException.class, () -> converterWithBoundUnit("unit", "nM"),
            "the writer refuses a binding it cannot apply");
        // a workflow saved elsewhere with that mistake fails in the harness, naming the setting
        Path wf = m_dir.resolve(Testflow.WORKFLOW_FILE);
        converterWithBoundUnit("input_unit", "nM");
        Files.writeString(wf, Files.readString(wf).replace("value=\"input_unit\"", "value=\"unit\""));
        TestflowReport report = TestflowRunner.run(Testflow.read(m_dir));
        assertTrue(report.failures().get(0).contains(
            "Potency Converter (#2): setting 'input_scale' is bound to flow variable 'input_unit', which the "
                + "workflow does not define"), report::toString);
    }

    @Test
    void aVariableOfATypeTheSettingDoesNotTakeFails() throws Exception {
        converterWithBoundUnit("input_unit", "nM");
        Path settings = m_dir.resolve("Potency Converter (#2)/settings.xml");
        Files.writeString(settings, Files.readString(settings).replace("<config key=\"input_scale\">",
            "<config key=\"km\">"));
        TestflowReport report = TestflowRunner.run(Testflow.read(m_dir));
        assertTrue(report.failures().get(0).contains("bound to setting 'km' of type xdouble: the harness applies"),
            report::toString);
    }

    @Test
    void anExposedVariableIsReportedNotSkipped() throws Exception {
        converterWithBoundUnit("input_unit", "nM");
        Path settings = m_dir.resolve("Potency Converter (#2)/settings.xml");
        Files.writeString(settings, Files.readString(settings).replace(
            "<entry key=\"exposed_variable\" type=\"xstring\" isnull=\"true\" value=\"\"/>",
            "<entry key=\"exposed_variable\" type=\"xstring\" value=\"unit_used\"/>"));
        TestflowReport report = TestflowRunner.run(Testflow.read(m_dir));
        assertTrue(report.failures().get(0).contains("exposed as flow variable 'unit_used': the harness does not "
            + "pass flow variables from node to node"), report::toString);
    }

    @Test
    void variablesAreSavedInKnimesFormat() throws Exception {
        converterWithBoundUnit("input_unit", "nM");
        String wf = Files.readString(m_dir.resolve(Testflow.WORKFLOW_FILE));
        assertTrue(wf.contains("<config key=\"workflow_variables\">\n        <config key=\"Var_0\">\n"
            + "            <entry key=\"name\" type=\"xstring\" value=\"input_unit\"/>\n"
            + "            <entry key=\"class\" type=\"xstring\" value=\"STRING\"/>\n"
            + "            <entry key=\"value\" type=\"xstring\" value=\"nM\"/>\n"), wf);
        String settings = Files.readString(m_dir.resolve("Potency Converter (#2)/settings.xml"));
        assertTrue(settings.contains("<config key=\"variables\">\n"
            + "        <entry key=\"version\" type=\"xstring\" value=\"V_2019_09_13\"/>\n"
            + "        <config key=\"tree\">\n"
            + "            <config key=\"input_scale\">\n"
            + "                <entry key=\"used_variable\" type=\"xstring\" value=\"input_unit\"/>\n"
            + "                <entry key=\"exposed_variable\" type=\"xstring\" isnull=\"true\" value=\"\"/>\n"),
            settings);
    }

    @Test
    void numericVariablesRoundTrip() throws IOException, Exception {
        new TestflowWriter().workflowVariable("q", 1.5).workflowVariable("n", 3).writeTo(m_dir);
        Testflow flow = Testflow.read(m_dir);
        assertEquals(List.of(new Testflow.WorkflowVariable("q", "DOUBLE", "1.5"),
            new Testflow.WorkflowVariable("n", "INTEGER", "3")), flow.variables());
    }
}
