package org.knime.core.node.port;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortObjectSpec}: the description of a port's content that is
 * known at configure time. (Views and serializers are omitted.)
 */
public interface PortObjectSpec {
}
