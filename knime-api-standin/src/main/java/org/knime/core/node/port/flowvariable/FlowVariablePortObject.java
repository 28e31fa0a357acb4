package org.knime.core.node.port.flowvariable;

import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.flowvariable.FlowVariablePortObject}: the (content-free)
 * object of the implicit flow variable port at index 0 of every node, and of explicit variable ports.
 */
public class FlowVariablePortObject implements PortObject {

    /** The flow variable port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(FlowVariablePortObject.class);

    /** The optional flow variable port type (the implicit port 0). */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(FlowVariablePortObject.class, true);

    /** The singleton. */
    public static final FlowVariablePortObject INSTANCE = new FlowVariablePortObject();

    private FlowVariablePortObject() {
    }

    @Override
    public PortObjectSpec getSpec() {
        return FlowVariablePortObjectSpec.INSTANCE;
    }

    @Override
    public String getSummary() {
        return "Variables connection";
    }

    @Override
    public String toString() {
        return getSummary();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof FlowVariablePortObject;
    }

    @Override
    public int hashCode() {
        return FlowVariablePortObject.class.hashCode();
    }
}
