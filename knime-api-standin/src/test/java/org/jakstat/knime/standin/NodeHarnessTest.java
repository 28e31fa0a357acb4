package org.jakstat.knime.standin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.MissingValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.Node;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeFactory.NodeType;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.flowvariable.FlowVariablePortObject;
import org.knime.core.node.streamable.BufferedDataTableRowOutput;
import org.knime.core.node.streamable.DataTableRowInput;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortObjectInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.StreamableOperator;

/** Drives a node through {@link Node} the way KNIME does: settings, configure, execute, streaming. */
class NodeHarnessTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Node node(final NodeFactory<?> factory) {
        return new Node((NodeFactory)factory);
    }

    private static NodeSettings settings(final Node node, final String column, final double factor)
        throws InvalidSettingsException {
        NodeSettings s = new NodeSettings("model");
        node.saveModelSettingsTo(s);
        s.getConfigBase("column").addString("columnName", column);
        s.addDouble("factor", factor);
        return s;
    }

    @Test
    void portIndicesIncludeTheFlowVariablePortAtZero() {
        Node node = node(new ScaleNodeFactory());
        assertEquals("Scale Column", node.getName());
        assertEquals(2, node.getNrInPorts());
        assertEquals(2, node.getNrOutPorts());
        assertSame(FlowVariablePortObject.TYPE_OPTIONAL, node.getInputType(0));
        assertSame(FlowVariablePortObject.TYPE_OPTIONAL, node.getOutputType(0));
        assertSame(BufferedDataTable.TYPE, node.getInputType(1));
        assertSame(BufferedDataTable.TYPE, node.getOutputType(1));
        assertTrue(node.getNodeModel() instanceof ScaleNodeModel);
    }

    @Test
    void settingsAreValidatedBeforeLoading() throws Exception {
        Node node = node(new ScaleNodeFactory());
        NodeSettings bad = settings(node, "Conc", 5000);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> node.validateModelSettings(bad));
        assertEquals("value (=5000.0) must be within the range [0.0...1000.0].", e.getMessage());
        assertThrows(InvalidSettingsException.class, () -> node.loadModelSettingsFrom(bad));

        node.loadModelSettingsFrom(settings(node, "Conc", 2.5));
        NodeSettings saved = new NodeSettings("model");
        node.saveModelSettingsTo(saved);
        assertEquals(2.5, saved.getDouble("factor"));
        assertEquals("Conc", saved.getNodeSettings("column").getString("columnName"));
    }

    @Test
    void configureAndExecuteThroughTheNode() throws Exception {
        Node node = node(new ScaleNodeFactory());
        node.loadModelSettingsFrom(settings(node, "Conc", 1000));
        ExecutionContext exec = Tables.exec();
        BufferedDataTable in = Tables.doseTable(exec, 10);

        PortObjectSpec[] outSpecs = node.invokeNodeModelConfigure(new PortObjectSpec[]{in.getDataTableSpec()});
        DataTableSpec outSpec = (DataTableSpec)outSpecs[0];
        assertArrayEquals(new String[]{"Compound", "Conc", "Replicate", "Scaled"}, outSpec.getColumnNames());

        PortObject[] out = node.invokeNodeModelExecute(exec, new PortObject[]{in});
        assertEquals(1, out.length, "the flow variable port is not part of the result");
        BufferedDataTable table = (BufferedDataTable)out[0];
        assertEquals(outSpec, table.getDataTableSpec());
        assertEquals(10, table.size());
        List<DataRow> rows = Tables.rows(table);
        assertEquals("Row0", rows.get(0).getKey().getString());
        assertEquals(1e-6, ((DoubleValue)rows.get(0).getCell(3)).getDoubleValue(), 1e-18);
        assertEquals(1e-3, ((DoubleValue)rows.get(3).getCell(3)).getDoubleValue(), 1e-15);
        assertTrue(rows.get(4).getCell(3).isMissing());
        assertEquals("no input value", ((MissingValue)rows.get(4).getCell(3)).getError());
    }

    @Test
    void arraysIncludingTheFlowVariablePortAreRejected() throws Exception {
        Node node = node(new ScaleNodeFactory());
        node.loadModelSettingsFrom(settings(node, "Conc", 1));
        ExecutionContext exec = Tables.exec();
        BufferedDataTable in = Tables.doseTable(exec, 2);
        assertThrows(IllegalArgumentException.class,
            () -> node.invokeNodeModelConfigure(new PortObjectSpec[]{null, in.getDataTableSpec()}));
        assertThrows(IllegalArgumentException.class,
            () -> node.invokeNodeModelExecute(exec, new PortObject[]{FlowVariablePortObject.INSTANCE, in}));
    }

    @Test
    void configureRejectsAMissingColumn() throws Exception {
        Node node = node(new ScaleNodeFactory());
        node.loadModelSettingsFrom(settings(node, "Dose", 1));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> node.invokeNodeModelConfigure(new PortObjectSpec[]{Tables.doseSpec()}));
        assertTrue(e.getMessage().contains("\"Dose\" not found"), e.getMessage());
    }

    @Test
    void streamingGivesTheSameRowsAsTableExecution() throws Exception {
        Node node = node(new ScaleNodeFactory());
        node.loadModelSettingsFrom(settings(node, "Conc", 3.0));
        ExecutionContext exec = Tables.exec();
        BufferedDataTable in = Tables.doseTable(exec, 25);
        BufferedDataTable executed = (BufferedDataTable)node.invokeNodeModelExecute(exec, new PortObject[]{in})[0];

        NodeModel model = node.getNodeModel();
        assertEquals(InputPortRole.DISTRIBUTED_STREAMABLE, model.getInputPortRoles()[0]);
        assertEquals(OutputPortRole.DISTRIBUTED, model.getOutputPortRoles()[0]);
        PortObjectSpec[] inSpecs = {in.getDataTableSpec()};
        DataTableSpec outSpec = (DataTableSpec)node.invokeNodeModelConfigure(inSpecs)[0];
        StreamableOperator op = model.createStreamableOperator(new PartitionInfo(0, 1), inSpecs);
        BufferedDataTableRowOutput output = new BufferedDataTableRowOutput(exec.createDataContainer(outSpec));
        op.runFinal(new PortInput[]{new DataTableRowInput(in)}, new PortOutput[]{output}, exec);

        assertEquals(Tables.rows(executed), Tables.rows(output.getDataTable()));
    }

    @Test
    void defaultStreamableOperatorRunsTheNormalExecute() throws Exception {
        NodeModel copy = new NodeModel(1, 1) {
            @Override
            protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) {
                return inSpecs;
            }

            @Override
            protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec) {
                return inData;
            }

            @Override
            protected void saveSettingsTo(final NodeSettingsWO settings) {
            }

            @Override
            protected void validateSettings(final NodeSettingsRO settings) {
            }

            @Override
            protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) {
            }

            @Override
            protected void reset() {
            }

            @Override
            protected void loadInternals(final File dir, final ExecutionMonitor exec) {
            }

            @Override
            protected void saveInternals(final File dir, final ExecutionMonitor exec) {
            }
        };
        assertEquals(InputPortRole.NONDISTRIBUTED_NONSTREAMABLE, copy.getInputPortRoles()[0]);
        ExecutionContext exec = Tables.exec();
        BufferedDataTable in = Tables.doseTable(exec, 4);
        BufferedDataTableRowOutput out = new BufferedDataTableRowOutput(exec.createDataContainer(in.getSpec()));
        copy.createStreamableOperator(new PartitionInfo(0, 1), new PortObjectSpec[]{in.getSpec()})
            .runFinal(new PortInput[]{new PortObjectInput(in)}, new PortOutput[]{out}, exec);
        assertEquals(Tables.rows(in), Tables.rows(out.getDataTable()));
    }

    @Test
    void factoryReadsItsDescription() {
        ScaleNodeFactory f = new ScaleNodeFactory();
        assertEquals("Scale Column", f.getNodeName());
        assertEquals(NodeType.Manipulator, f.getType());
        assertArrayEquals(new String[]{"multiply", "unit conversion"}, f.getKeywords());
        assertFalse(f.isDeprecated());
        assertNotNull(f.getIcon());
        assertTrue(f.getIcon().toString().endsWith("org/jakstat/knime/standin/scale.png"), f.getIcon().toString());
        assertEquals("Table", f.getInportName(0));
        assertEquals("Scaled table", f.getOutportName(0));
        assertEquals("No name available", f.getInportName(1));
        assertEquals(ScaleNodeFactory.class.getName(), f.getFactoryId());

        LegacyNodeFactory legacy = new LegacyNodeFactory();
        assertEquals("Legacy Thing (deprecated)", legacy.getNodeName());
        assertTrue(legacy.isDeprecated());
        assertEquals(NodeType.Other, legacy.getType());
    }

    @Test
    void unknownDescriptionNamespaceFallsBackLikeKnime() {
        UnknownNamespaceNodeFactory f = new UnknownNamespaceNodeFactory();
        assertEquals("UnknownNamespace", f.getNodeName());
        assertEquals(NodeType.Unknown, f.getType());
        assertNull(f.getIcon());
        assertEquals(0, f.getKeywords().length);
    }
}
