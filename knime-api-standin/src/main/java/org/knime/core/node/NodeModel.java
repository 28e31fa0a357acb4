package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.AbstractNodeView.ViewableModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.MergeOperator;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortObjectInput;
import org.knime.core.node.streamable.PortObjectOutput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.RowOutput;
import org.knime.core.node.streamable.StreamableOperator;
import org.knime.core.node.streamable.StreamableOperatorInternals;
import org.knime.core.node.message.Message;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeModel}: a node's settings, configure and execute logic.
 * Default delegation as in KNIME: {@code configure(PortObjectSpec[])} casts to table specs and calls
 * {@code configure(DataTableSpec[])} (which throws "implementation missing"); likewise for {@code execute}. The
 * framework side ({@link Node}) validates before loading settings, passes an empty table spec for unconnected
 * required table ports, checks input types, clears the warning before configure/execute and sets KNIME's
 * "Node created an empty data table." warning. (Flow variables, views, hiliting, loops and message builders are
 * omitted; the stand-in never calls {@code loadInternals}/{@code saveInternals}.)
 */
public abstract class NodeModel implements ViewableModel {

    private final NodeLogger m_logger = NodeLogger.getLogger(getClass());

    private final PortType[] m_inPortTypes;

    private final PortType[] m_outPortTypes;

    private final Set<NodeModelWarningListener> m_warningListeners = new CopyOnWriteArraySet<>();

    private String m_warningMessage;

    /**
     * @param nrInDataPorts number of table inputs
     * @param nrOutDataPorts number of table outputs
     */
    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        this(tablePorts(nrInDataPorts), tablePorts(nrOutDataPorts));
    }

    /**
     * @param inPortTypes input port types, none null
     * @param outPortTypes output port types, none null
     */
    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        m_inPortTypes = normalised(inPortTypes, "InPortType");
        m_outPortTypes = normalised(outPortTypes, "OutPortType");
    }

    private static PortType[] tablePorts(final int n) {
        PortType[] types = new PortType[n];
        Arrays.fill(types, BufferedDataTable.TYPE);
        return types;
    }

    private static PortType[] normalised(final PortType[] types, final String what) {
        if (types == null) {
            return new PortType[0];
        }
        PortType[] result = new PortType[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == null) {
                throw new IllegalArgumentException(what + "[" + i + "] must not be null!");
            }
            result[i] = PortTypeRegistry.getInstance().getPortType(types[i].getPortObjectClass(),
                types[i].isOptional());
        }
        return result;
    }

    // ---- ports ----

    /** @return the number of input ports (without the flow variable port) */
    protected final int getNrInPorts() {
        return m_inPortTypes.length;
    }

    /** @return the number of output ports (without the flow variable port) */
    protected final int getNrOutPorts() {
        return m_outPortTypes.length;
    }

    /**
     * @param index an input port index
     * @return its type
     */
    protected final PortType getInPortType(final int index) {
        return m_inPortTypes[index];
    }

    /**
     * @param index an output port index
     * @return its type
     */
    protected final PortType getOutPortType(final int index) {
        return m_outPortTypes[index];
    }

    // ---- internals, settings, lifecycle ----

    /**
     * @param nodeInternDir directory with saved internals
     * @param exec for progress and cancellation
     * @throws IOException if reading fails
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void loadInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /**
     * @param nodeInternDir directory to save internals to
     * @param exec for progress and cancellation
     * @throws IOException if writing fails
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void saveInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /** @param settings receives the current settings */
    protected abstract void saveSettingsTo(NodeSettingsWO settings);

    /**
     * Checks settings without changing the model.
     *
     * @param settings settings to check
     * @throws InvalidSettingsException if invalid
     */
    protected abstract void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException;

    /**
     * @param settings validated settings to apply
     * @throws InvalidSettingsException if they cannot be applied
     */
    protected abstract void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException;

    /** Validates, then loads (what the framework does when settings are applied). */
    final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        validateSettings(settings);
        loadValidatedSettingsFrom(settings);
    }

    /** Clears execution results. */
    protected abstract void reset();

    /** Called when the node is removed. */
    protected void onDispose() {
    }

    // ---- configure ----

    /**
     * @param inSpecs input specs (entries of optional unconnected ports are null)
     * @return output specs (null entries if unknown)
     * @throws InvalidSettingsException if the node cannot be configured
     */
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec[] tableSpecs = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < inSpecs.length; i++) {
            try {
                tableSpecs[i] = (DataTableSpec)inSpecs[i];
            } catch (ClassCastException e) {
                throw new InvalidSettingsException("Input Port " + i + " does not hold data table specs. "
                    + "Likely reason: wrong version of NodeModel.configure() overwritten!");
            }
        }
        return configure(tableSpecs);
    }

    /**
     * @param inSpecs input table specs
     * @return output table specs
     * @throws InvalidSettingsException if the node cannot be configured
     */
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new InvalidSettingsException("NodeModel.configure() implementation missing!");
    }

    /** What the framework does around {@link #configure(PortObjectSpec[])}. */
    final PortObjectSpec[] configureModel(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        checkPortCount(inSpecs.length);
        setWarningMessage(null);
        PortObjectSpec[] specs = inSpecs.clone();
        for (int i = 0; i < specs.length; i++) {
            if (specs[i] == null && BufferedDataTable.TYPE.equals(m_inPortTypes[i])
                && !m_inPortTypes[i].isOptional()) {
                specs[i] = new DataTableSpec();
            }
            Class<? extends PortObjectSpec> expected = m_inPortTypes[i].getPortObjectSpecClass();
            if (specs[i] != null && !expected.isInstance(specs[i])) {
                throw new InvalidSettingsException("Incompatible port spec" + (specs.length > 1 ? " at port " + i : "")
                    + ", expected: " + expected.getSimpleName() + ", actual: "
                    + specs[i].getClass().getSimpleName());
            }
        }
        PortObjectSpec[] out = configure(specs);
        if (out == null || out.length != getNrOutPorts()) {
            if (out != null) {
                m_logger.error("Output spec-array length invalid: " + out.length + " <> " + getNrOutPorts());
            }
            out = new PortObjectSpec[getNrOutPorts()];
        }
        return out;
    }

    /** KNIME asserts this; the stand-in always checks, since a wrong count usually means port 0 was included. */
    private void checkPortCount(final int given) {
        if (given != getNrInPorts()) {
            throw new IllegalArgumentException("Expected " + getNrInPorts() + " input(s) but got " + given
                + " (the arrays passed to the node model exclude the flow variable port 0)");
        }
    }

    // ---- execute ----

    /**
     * @param inObjects input port objects
     * @param exec for progress, cancellation and table creation
     * @return output port objects
     * @throws Exception any failure
     */
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable[] tables = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < inObjects.length; i++) {
            if (inObjects[i] != null && !(inObjects[i] instanceof BufferedDataTable)) {
                throw new IOException(String.format("Input port %d does not hold data table but %s; %s", i,
                    inObjects[i].getClass().getSimpleName(),
                    "Likely reason: wrong version of NodeModel.execute() overwritten!"));
            }
            tables[i] = (BufferedDataTable)inObjects[i];
        }
        return execute(tables, exec);
    }

    /**
     * @param inData input tables
     * @param exec for progress, cancellation and table creation
     * @return output tables
     * @throws Exception any failure
     */
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new IOException("NodeModel.execute() implementation missing!");
    }

    /** What the framework does around {@link #execute(PortObject[], ExecutionContext)}. */
    final PortObject[] executeModel(final PortObject[] data, final ExecutionContext exec) throws Exception {
        checkPortCount(data.length);
        setWarningMessage(null);
        for (int i = 0; i < data.length; i++) {
            PortType t = getInPortType(i);
            if (!(t.isOptional() && data[i] == null) && !t.getPortObjectClass().isInstance(data[i])) {
                throw new IllegalStateException("Connection Error: Mismatch of input port types (port " + i + ").");
            }
        }
        PortObject[] out = execute(data, exec);
        if (exec.isCanceled()) {
            throw new CanceledExecutionException("Result discarded due to user cancel");
        }
        if (out == null) {
            out = new PortObject[getNrOutPorts()];
        }
        if (out.length != getNrOutPorts()) {
            throw new IllegalStateException("Invalid result. Execution failed. Reason: Incorrect implementation; "
                + "the execute method in \"" + getClass().getSimpleName()
                + "\" returned null or an incorrect number of output tables.");
        }
        int tables = 0;
        boolean hasRows = false;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw new IllegalStateException(
                    "Invalid result. Execution failed, reason: data at output " + i + " is null.");
            }
            if (out[i] instanceof BufferedDataTable t) {
                tables++;
                hasRows |= t.size() > 0;
            }
        }
        if (m_warningMessage == null && tables > 0 && !hasRows) {
            setWarningMessage(tables == 1 ? "Node created an empty data table."
                : "Node created empty data tables on all out-ports.");
        }
        return out;
    }

    // ---- messages ----

    /** @param warningMessage the warning to show, null to clear */
    protected final void setWarningMessage(final String warningMessage) {
        String old = m_warningMessage;
        m_warningMessage = warningMessage;
        if (warningMessage != null) {
            m_logger.warn(warningMessage);
        }
        if (!Objects.equals(old, warningMessage)) {
            Message message = warningMessage == null ? null : Message.fromSummary(warningMessage);
            for (NodeModelWarningListener l : m_warningListeners) {
                l.warningChanged(message);
            }
        }
    }

    /**
     * Adds a warning listener to this node. Ignored if the listener is already registered.
     *
     * @param listener The listener to add.
     */
    public void addWarningListener(final NodeModelWarningListener listener) {
        if (listener == null) {
            throw new NullPointerException("NodeModel message listener must not be null!");
        }
        m_warningListeners.add(listener);
    }

    /**
     * Removes a warning listener from this node. Ignored if the listener is not registered.
     *
     * @param listener The listener to remove.
     */
    public void removeWarningListener(final NodeModelWarningListener listener) {
        m_warningListeners.remove(listener);
    }

    /** @return the current warning, or null */
    protected final String getWarningMessage() {
        return m_warningMessage;
    }

    /** @return this model's logger */
    protected final NodeLogger getLogger() {
        return m_logger;
    }

    // ---- streaming ----

    /** @return one role per input; default: not distributed, not streamable */
    public InputPortRole[] getInputPortRoles() {
        InputPortRole[] roles = new InputPortRole[getNrInPorts()];
        Arrays.fill(roles, InputPortRole.NONDISTRIBUTED_NONSTREAMABLE);
        return roles;
    }

    /** @return one role per output; default: not distributed */
    public OutputPortRole[] getOutputPortRoles() {
        OutputPortRole[] roles = new OutputPortRole[getNrOutPorts()];
        Arrays.fill(roles, OutputPortRole.NONDISTRIBUTED);
        return roles;
    }

    /**
     * Default: an operator that runs the normal execute on whole port objects ({@link PortObjectInput}s) and
     * writes the results to the outputs.
     *
     * @param partitionInfo the partition (must be 0 for the default)
     * @param inSpecs the input specs
     * @return the operator
     * @throws InvalidSettingsException if not configured
     */
    public StreamableOperator createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (partitionInfo.getPartitionIndex() != 0) {
            throw new IllegalStateException("Default implementation of a streaming execution should not be "
                + "distributed (this appears to be partition " + partitionInfo.getPartitionIndex() + ")");
        }
        return new StreamableOperator() {

            @Override
            public void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final ExecutionContext ctx)
                throws Exception {
                PortObject[] in = new PortObject[inputs.length];
                for (int i = 0; i < inputs.length; i++) {
                    in[i] = inputs[i] == null ? null : ((PortObjectInput)inputs[i]).getPortObject();
                }
                PortObject[] out = executeModel(in, ctx);
                for (int i = 0; i < outputs.length; i++) {
                    if (getOutPortType(i).equals(BufferedDataTable.TYPE)) {
                        ((RowOutput)outputs[i]).setFully((BufferedDataTable)out[i]);
                    } else {
                        ((PortObjectOutput)outputs[i]).setPortObject(out[i]);
                    }
                }
            }
        };
    }

    /** @return initial operator state; null by default */
    public StreamableOperatorInternals createInitialStreamableOperatorInternals() {
        return null;
    }

    /**
     * @param internals the state
     * @return whether another iteration is needed; false by default
     */
    public boolean iterate(final StreamableOperatorInternals internals) {
        return false;
    }

    /**
     * @param internals the state
     * @param inSpecs the input specs
     * @return the output specs; by default {@link #configure(PortObjectSpec[])}
     * @throws InvalidSettingsException if not configured
     */
    public PortObjectSpec[] computeFinalOutputSpecs(final StreamableOperatorInternals internals,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return configure(inSpecs);
    }

    /** @return the merge operator; null by default */
    public MergeOperator createMergeOperator() {
        return null;
    }

    /**
     * @param internals merged state
     * @param exec the context
     * @param output the outputs
     * @throws Exception any failure
     */
    public void finishStreamableExecution(final StreamableOperatorInternals internals, final ExecutionContext exec,
        final PortOutput[] output) throws Exception {
        throw new IllegalStateException("Method must be implemented as a merge operator was created.");
    }
}
