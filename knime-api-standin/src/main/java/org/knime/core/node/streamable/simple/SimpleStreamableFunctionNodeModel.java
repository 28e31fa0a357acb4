package org.knime.core.node.streamable.simple;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.StreamableFunction;
import org.knime.core.node.streamable.StreamableFunctionProducer;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.streamable.simple.SimpleStreamableFunctionNodeModel}: a node
 * defined by one {@link ColumnRearranger}. Configure returns {@code createColumnRearranger(spec).createSpec()},
 * execute {@code exec.createColumnRearrangeTable(in, rearranger, exec)}, and streaming uses the rearranger's
 * streamable function, so both executions give the same rows.
 */
public abstract class SimpleStreamableFunctionNodeModel extends NodeModel implements StreamableFunctionProducer {

    private final int m_inIdx;

    private final int m_outIdx;

    /** One table in, one table out. */
    public SimpleStreamableFunctionNodeModel() {
        super(1, 1);
        m_inIdx = 0;
        m_outIdx = 0;
    }

    /**
     * @param inPortTypes input port types
     * @param outPortTypes output port types
     * @param streamableInPortIdx the streamed (table) input
     * @param streamableOutPortIdx the streamed (table) output
     */
    public SimpleStreamableFunctionNodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes,
        final int streamableInPortIdx, final int streamableOutPortIdx) {
        super(inPortTypes, outPortTypes);
        m_inIdx = streamableInPortIdx;
        m_outIdx = streamableOutPortIdx;
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        BufferedDataTable in = inData[0];
        ColumnRearranger r = createColumnRearranger(in.getDataTableSpec());
        return new BufferedDataTable[]{exec.createColumnRearrangeTable(in, r, exec)};
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        return new DataTableSpec[]{createColumnRearranger(inSpecs[0]).createSpec()};
    }

    /** @return whether the streamed port may be distributed; true by default */
    protected boolean isDistributable() {
        return true;
    }

    @Override
    public InputPortRole[] getInputPortRoles() {
        InputPortRole[] roles = new InputPortRole[getNrInPorts()];
        Arrays.fill(roles, InputPortRole.NONDISTRIBUTED_NONSTREAMABLE);
        roles[m_inIdx] =
            isDistributable() ? InputPortRole.DISTRIBUTED_STREAMABLE : InputPortRole.NONDISTRIBUTED_STREAMABLE;
        return roles;
    }

    @Override
    public OutputPortRole[] getOutputPortRoles() {
        OutputPortRole[] roles = new OutputPortRole[getNrOutPorts()];
        Arrays.fill(roles, OutputPortRole.NONDISTRIBUTED);
        roles[m_outIdx] = isDistributable() ? OutputPortRole.DISTRIBUTED : OutputPortRole.NONDISTRIBUTED;
        return roles;
    }

    /**
     * @param spec the input spec
     * @return the rearranger defining the output
     * @throws InvalidSettingsException if not configured correctly
     */
    protected abstract ColumnRearranger createColumnRearranger(DataTableSpec spec) throws InvalidSettingsException;

    /** @return the streamed input port index */
    protected int getStreamableInPortIdx() {
        return m_inIdx;
    }

    /** @return the streamed output port index */
    public int getStreamableOutPortIdx() {
        return m_outIdx;
    }

    @Override
    public StreamableFunction createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        ColumnRearranger r;
        try {
            r = createColumnRearranger((DataTableSpec)inSpecs[m_inIdx]);
        } catch (RuntimeException | InvalidSettingsException e) {
            throw new InvalidSettingsException("The node is not configured correctly.", e);
        }
        return r.createStreamableFunction(m_inIdx, m_outIdx);
    }

    @Override
    protected void reset() {
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
    }
}
