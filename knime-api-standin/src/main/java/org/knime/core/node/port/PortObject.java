package org.knime.core.node.port;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortObject}: the content of a port after execution.
 * (Views and serializers are omitted.)
 */
public interface PortObject {

    /** The most general port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(PortObject.class);

    /** The most general port type, optional. */
    public static final PortType TYPE_OPTIONAL = PortTypeRegistry.getInstance().getPortType(PortObject.class, true);

    /** @return a short summary of the content */
    String getSummary();

    /** @return the spec of this object */
    PortObjectSpec getSpec();
}
