package org.knime.core.node;

import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.flowvariable.FlowVariablePortObject;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.Node}: the framework wrapper around one {@link NodeModel}, so a
 * test can drive a node the way KNIME does.
 * <p>
 * <b>Port indices, as in KNIME:</b> a node has an implicit optional flow variable port at index 0 on both sides,
 * so {@link #getNrInPorts()} / {@link #getNrOutPorts()} are the model's counts + 1, {@link #getInputType(int)}
 * (0) is {@link FlowVariablePortObject#TYPE_OPTIONAL} and data port i of the model is index i + 1 here. The arrays
 * of {@link #invokeNodeModelConfigure(PortObjectSpec[])} and
 * {@link #invokeNodeModelExecute(ExecutionContext, PortObject[])} EXCLUDE the flow variable port (index 0 there is
 * the model's first data port), exactly as the real methods.
 */
public final class Node {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(Node.class);

    private final NodeFactory<NodeModel> m_factory;

    private final NodeModel m_model;

    private final String m_name;

    private final PortType[] m_inTypes;

    private final PortType[] m_outTypes;

    /** @param nodeFactory creates the model; its description names the node */
    public Node(final NodeFactory<NodeModel> nodeFactory) {
        if (nodeFactory == null) {
            throw new IllegalArgumentException("NodeFactory must not be null.");
        }
        m_factory = nodeFactory;
        m_name = nodeFactory.getNodeName();
        m_model = nodeFactory.createNodeModel();
        m_inTypes = new PortType[m_model.getNrInPorts() + 1];
        m_inTypes[0] = FlowVariablePortObject.TYPE_OPTIONAL;
        for (int i = 1; i < m_inTypes.length; i++) {
            m_inTypes[i] = m_model.getInPortType(i - 1);
        }
        m_outTypes = new PortType[m_model.getNrOutPorts() + 1];
        m_outTypes[0] = FlowVariablePortObject.TYPE_OPTIONAL;
        for (int i = 1; i < m_outTypes.length; i++) {
            m_outTypes[i] = m_model.getOutPortType(i - 1);
        }
    }

    /** @return the factory */
    public NodeFactory<NodeModel> getFactory() {
        return m_factory;
    }

    /** @return the model */
    public NodeModel getNodeModel() {
        return m_model;
    }

    /** @return the node name (from the factory's description) */
    public String getName() {
        return m_name;
    }

    /** @return the number of input ports including the flow variable port 0 */
    public int getNrInPorts() {
        return m_inTypes.length;
    }

    /** @return the number of output ports including the flow variable port 0 */
    public int getNrOutPorts() {
        return m_outTypes.length;
    }

    /**
     * @param index 0 for the flow variable port, i + 1 for the model's data port i
     * @return the port type
     */
    public PortType getInputType(final int index) {
        return m_inTypes[index];
    }

    /**
     * @param index 0 for the flow variable port, i + 1 for the model's data port i
     * @return the port type
     */
    public PortType getOutputType(final int index) {
        return m_outTypes[index];
    }

    /**
     * @param modelSettings the model settings (the "model" subtree of a settings.xml)
     * @throws InvalidSettingsException if the model rejects them; other exceptions are wrapped as in KNIME
     */
    public void validateModelSettings(final NodeSettingsRO modelSettings) throws InvalidSettingsException {
        try {
            m_model.validateSettings(modelSettings);
        } catch (InvalidSettingsException e) {
            throw e;
        } catch (Throwable t) { // NOSONAR as in KNIME: any failure is a settings problem
            LOGGER.coding(String.format("Validating settings failed - \"%s\" threw %s: %s",
                m_model.getClass().getName(), t.getClass().getSimpleName(), t.getMessage()), t);
            throw new InvalidSettingsException("Coding issue: " + t.getMessage(), t);
        }
    }

    /**
     * Validates and then loads the model settings.
     *
     * @param modelSettings the model settings
     * @throws InvalidSettingsException if invalid
     */
    public void loadModelSettingsFrom(final NodeSettingsRO modelSettings) throws InvalidSettingsException {
        try {
            m_model.loadSettingsFrom(modelSettings);
        } catch (InvalidSettingsException e) {
            throw e;
        } catch (Throwable t) { // NOSONAR as in KNIME
            String msg = "Loading model settings failed, caught \"" + t.getClass().getSimpleName() + "\": "
                + t.getMessage();
            LOGGER.coding(msg, t);
            throw new InvalidSettingsException(msg, t);
        }
    }

    /** @param modelSettings receives the model's settings (failures are logged, as in KNIME) */
    public void saveModelSettingsTo(final NodeSettingsWO modelSettings) {
        try {
            m_model.saveSettingsTo(modelSettings);
        } catch (Exception e) {
            LOGGER.error("Could not save model", e);
        }
    }

    /**
     * @param inSpecs the input specs WITHOUT the flow variable port
     * @return the output specs WITHOUT the flow variable port
     * @throws InvalidSettingsException if the model cannot be configured
     */
    public PortObjectSpec[] invokeNodeModelConfigure(final PortObjectSpec[] inSpecs)
        throws InvalidSettingsException {
        return m_model.configureModel(inSpecs);
    }

    /**
     * @param exec the context
     * @param inData the input objects WITHOUT the flow variable port
     * @return the output objects WITHOUT the flow variable port
     * @throws Exception whatever the model throws; {@link CanceledExecutionException} if canceled
     */
    public PortObject[] invokeNodeModelExecute(final ExecutionContext exec, final PortObject[] inData)
        throws Exception {
        return m_model.executeModel(inData, exec);
    }

    /** Resets the model (clears its warning, calls {@code reset()}). */
    public void reset() {
        m_model.setWarningMessage(null);
        m_model.reset();
    }
}
