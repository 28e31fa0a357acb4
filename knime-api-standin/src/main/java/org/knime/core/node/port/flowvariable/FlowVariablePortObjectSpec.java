package org.knime.core.node.port.flowvariable;

import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for KNIME's {@code org.knime.core.node.port.flowvariable.FlowVariablePortObjectSpec}: a singleton. */
public final class FlowVariablePortObjectSpec implements PortObjectSpec {

    /** The singleton. */
    public static final FlowVariablePortObjectSpec INSTANCE = new FlowVariablePortObjectSpec();

    private FlowVariablePortObjectSpec() {
    }

    @Override
    public String toString() {
        return "Variables connection (spec)";
    }
}
