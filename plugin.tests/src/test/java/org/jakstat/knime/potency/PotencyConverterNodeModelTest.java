package org.jakstat.knime.potency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.jakstat.knime.testing.NodeRunner;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.streamable.BufferedDataTableRowOutput;
import org.knime.core.node.streamable.DataTableRowInput;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.StreamableOperator;

class PotencyConverterNodeModelTest {

    private static final DataTableSpec IN = new DataTableSpec(new String[]{"compound", "IC50 [nM]", "qualifier", "ATP"},
        new org.knime.core.data.DataType[]{StringCell.TYPE, DoubleCell.TYPE, StringCell.TYPE, IntCell.TYPE});

    private static NodeRunner runner(final PotencyConverterSettings s) throws InvalidSettingsException {
        NodeSettings model = new NodeSettings("model");
        s.saveSettingsTo(model);
        return NodeRunner.of(new PotencyConverterNodeFactory()).load(model);
    }

    private static PotencyConverterSettings pic50Settings() {
        PotencyConverterSettings s = new PotencyConverterSettings();
        s.m_valueColumn.setStringValue("IC50 [nM]");
        s.m_qualifierColumn.setStringValue("qualifier");
        return s;
    }

    @Test
    void configureAppendsValueQualifierAndNoteColumns() throws Exception {
        PortObjectSpec[] out = runner(pic50Settings()).configure(IN);
        DataTableSpec spec = (DataTableSpec)out[0];
        assertEquals(List.of("compound", "IC50 [nM]", "qualifier", "ATP", "pIC50", "pIC50 qualifier", "pIC50 note"),
            List.of(spec.getColumnNames()));
        assertEquals(DoubleCell.TYPE, spec.getColumnSpec("pIC50").getType());
        assertEquals(StringCell.TYPE, spec.getColumnSpec("pIC50 note").getType());
    }

    @Test
    void withoutQualifierColumnNoQualifierIsAppended() throws Exception {
        PotencyConverterSettings s = pic50Settings();
        s.m_qualifierColumn.setStringValue(null);
        s.m_outputScale.setStringValue("uM");
        DataTableSpec spec = (DataTableSpec)runner(s).configure(IN)[0];
        assertEquals(List.of("compound", "IC50 [nM]", "qualifier", "ATP", "IC50 [uM]", "IC50 [uM] note"),
            List.of(spec.getColumnNames()));
    }

    @Test
    void executeConvertsBaricitinibAndFlagsBadRows() throws Exception {
        NodeRunner r = runner(pic50Settings());
        ExecutionContext exec = r.exec();
        BufferedDataTable in = NodeRunner.table(exec, IN, new Object[]{"baricitinib JAK1", 5.9, "=", 1000},
            new Object[]{"baricitinib JAK3", 400.0, ">", 1000}, new Object[]{"zero", 0.0, "=", 1000},
            new Object[]{"missing", null, null, 1000}, new Object[]{"odd", 10.0, "about", 1000});
        BufferedDataTable out = (BufferedDataTable)r.execute(in)[0];
        List<DataRow> rows = NodeRunner.rows(out);
        // 9 - log10(5.9) and 9 - log10(400), Python decimal (see test-workflows/potency-converter/data)
        assertEquals(8.229147988357855, ((DoubleValue)rows.get(0).getCell(4)).getDoubleValue(), 1e-14);
        assertEquals("=", rows.get(0).getCell(5).toString());
        assertTrue(rows.get(0).getCell(6).isMissing());
        assertEquals(6.3979400086720375, ((DoubleValue)rows.get(1).getCell(4)).getDoubleValue(), 1e-14);
        assertEquals("<", rows.get(1).getCell(5).toString(), "'>400 nM' is '<6.40' on the pX scale");
        assertTrue(rows.get(2).getCell(4).isMissing());
        assertEquals("concentration must be > 0 nM (got 0.0)", rows.get(2).getCell(6).toString());
        assertEquals("concentration must be > 0 nM (got 0.0)", ((MissingCell)rows.get(2).getCell(4)).getError());
        assertEquals("missing value", rows.get(3).getCell(6).toString());
        assertTrue(rows.get(4).getCell(5).isMissing(), "an unknown qualifier is not reported as '='");
        assertTrue(rows.get(4).getCell(6).toString().startsWith("unknown qualifier 'about'"));
        assertEquals(List.of("3 of 5 rows could not be converted; the reason is in column 'pIC50 note'."),
            r.warnings());
    }

    @Test
    void specAtConfigureEqualsSpecOfExecutedTable() throws Exception {
        NodeRunner r = runner(pic50Settings());
        PortObjectSpec configured = r.configure(IN)[0];
        BufferedDataTable in = NodeRunner.table(r.exec(), IN, new Object[]{"a", 1.0, "=", 10});
        assertEquals(configured, ((BufferedDataTable)r.execute(in)[0]).getDataTableSpec());
    }

    @Test
    void streamingGivesTheSameRowsAsExecute() throws Exception {
        NodeRunner r = runner(pic50Settings());
        ExecutionContext exec = r.exec();
        BufferedDataTable in = NodeRunner.table(exec, IN, new Object[]{"a", 5.9, "=", 1}, new Object[]{"b", -1.0, "<", 2},
            new Object[]{"c", 3e4, ">=", 3});
        List<DataRow> executed = NodeRunner.rows((BufferedDataTable)r.execute(in)[0]);

        DataTableSpec outSpec = (DataTableSpec)r.configure(IN)[0];
        StreamableOperator op = r.model().createStreamableOperator(new PartitionInfo(0, 1), new PortObjectSpec[]{IN});
        BufferedDataContainer container = exec.createDataContainer(outSpec);
        op.runFinal(new PortInput[]{new DataTableRowInput(in)},
            new PortOutput[]{new BufferedDataTableRowOutput(container)}, exec);
        List<DataRow> streamed = NodeRunner.rows(container.getTable());
        assertEquals(executed.size(), streamed.size());
        for (int i = 0; i < executed.size(); i++) {
            assertEquals(executed.get(i).getKey(), streamed.get(i).getKey());
            for (int c = 0; c < outSpec.getNumColumns(); c++) {
                DataCell e = executed.get(i).getCell(c);
                DataCell s = streamed.get(i).getCell(c);
                assertEquals(e.isMissing(), s.isMissing());
                if (!e.isMissing()) {
                    assertEquals(e, s);
                }
            }
        }
    }

    @Test
    void chengPrusoffWithFixedConditions() throws Exception {
        PotencyConverterSettings s = pic50Settings();
        s.m_outputScale.setStringValue("nM");
        s.m_chengPrusoff.setStringValue("IC50 -> Ki");
        s.m_substrate.setDoubleValue(1000);
        s.m_km.setDoubleValue(10);
        NodeRunner r = runner(s);
        DataTableSpec spec = (DataTableSpec)r.configure(IN)[0];
        assertEquals("Ki [nM]", spec.getColumnSpec(4).getName());
        BufferedDataTable out = (BufferedDataTable)r.execute(NodeRunner.table(r.exec(), IN,
            new Object[]{"a", 100.0, ">", 1}))[0];
        DataRow row = NodeRunner.rows(out).get(0);
        // Ki = 100 / (1 + 1000/10) = 0.990099... nM (hand-computed); the qualifier is kept
        assertEquals(100.0 / 101.0, ((DoubleValue)row.getCell(4)).getDoubleValue(), 1e-15);
        assertEquals(">", row.getCell(5).toString());
    }

    @Test
    void chengPrusoffTakesSubstrateFromAnIntegerColumn() throws Exception {
        PotencyConverterSettings s = pic50Settings();
        s.m_outputScale.setStringValue("nM");
        s.m_chengPrusoff.setStringValue("IC50 -> Ki");
        s.m_substrateColumn.setStringValue("ATP");
        s.m_km.setDoubleValue(10);
        NodeRunner r = runner(s);
        BufferedDataTable out = (BufferedDataTable)r.execute(NodeRunner.table(r.exec(), IN,
            new Object[]{"a", 20.0, "=", 10}, new Object[]{"b", 20.0, "=", null}))[0];
        List<DataRow> rows = NodeRunner.rows(out);
        assertEquals(10.0, ((DoubleValue)rows.get(0).getCell(4)).getDoubleValue(), 1e-15);
        assertEquals("substrate concentration [S] is missing", rows.get(1).getCell(6).toString());
    }

    @Test
    void missingValueColumnFailsConfigureNamingIt() throws Exception {
        PotencyConverterSettings s = pic50Settings();
        s.m_valueColumn.setStringValue("Ki [nM]");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> runner(s).configure(IN));
        assertTrue(e.getMessage().contains("Value column 'Ki [nM]' is not in the input table"), e.getMessage());
    }

    @Test
    void stringValueColumnFailsConfigureNamingIt() throws Exception {
        PotencyConverterSettings s = pic50Settings();
        s.m_valueColumn.setStringValue("compound");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> runner(s).configure(IN));
        assertTrue(e.getMessage().contains("Value column 'compound'") && e.getMessage().contains("numeric"),
            e.getMessage());
    }

    @Test
    void numericQualifierColumnFailsConfigure() throws Exception {
        PotencyConverterSettings s = pic50Settings();
        s.m_qualifierColumn.setStringValue("ATP");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> runner(s).configure(IN));
        assertTrue(e.getMessage().contains("Qualifier column 'ATP'"), e.getMessage());
    }

    @Test
    void unsetValueColumnFailsConfigure() throws Exception {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> runner(new PotencyConverterSettings()).configure(IN));
        assertTrue(e.getMessage().contains("No value column selected"), e.getMessage());
    }

    @Test
    void nonPositiveFixedKmIsRefusedWhenLoadingSettings() {
        PotencyConverterSettings s = pic50Settings();
        s.m_chengPrusoff.setStringValue("IC50 -> Ki");
        s.m_km.setDoubleValue(0);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> runner(s));
        assertTrue(e.getMessage().startsWith("Km must be > 0"), e.getMessage());
    }

    @Test
    void unknownScaleIsRefusedWhenLoadingSettings() {
        PotencyConverterSettings s = pic50Settings();
        s.m_outputScale.setStringValue("ng/mL");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> runner(s));
        assertTrue(e.getMessage().contains("Output scale 'ng/mL'"), e.getMessage());
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        PotencyConverterSettings s = pic50Settings();
        s.m_chengPrusoff.setStringValue("Ki -> IC50");
        s.m_kmColumn.setStringValue("ATP");
        s.m_substrate.setDoubleValue(2.5);
        NodeRunner r = runner(s);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        r.savedSettings().saveToXML(xml);
        NodeRunner reloaded = NodeRunner.of(new PotencyConverterNodeFactory())
            .load(NodeSettings.loadFromXML(new ByteArrayInputStream(xml.toByteArray())));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        reloaded.savedSettings().saveToXML(again);
        assertEquals(xml.toString(java.nio.charset.StandardCharsets.UTF_8),
            again.toString(java.nio.charset.StandardCharsets.UTF_8));
        PotencyConverterSettings loaded = ((PotencyConverterNodeModel)reloaded.model()).settings();
        assertEquals("Ki -> IC50", loaded.m_chengPrusoff.getStringValue());
        assertEquals(2.5, loaded.m_substrate.getDoubleValue());
    }

    @Test
    void cancellationStopsExecution() throws Exception {
        NodeRunner r = runner(pic50Settings());
        BufferedDataTable in = NodeRunner.table(r.exec(), IN, new Object[]{"a", 1.0, "=", 1});
        r.cancel();
        assertThrows(org.knime.core.node.CanceledExecutionException.class, () -> r.execute(in));
    }

    @Test
    void dialogBuildsHeadless() {
        new PotencyConverterNodeDialog();
    }

    @Test
    void factoryDescribesTheNode() {
        PotencyConverterNodeFactory f = new PotencyConverterNodeFactory();
        assertEquals("Potency Converter", f.getNodeName());
    }
}
