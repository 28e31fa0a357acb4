package org.knime.core.node.streamable;

import org.knime.core.node.port.PortObject;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.PortObjectInput}: a whole port object as input. */
public class PortObjectInput extends PortInput {

    private final PortObject m_object;

    /** @param portObject the input object */
    public PortObjectInput(final PortObject portObject) {
        m_object = portObject;
    }

    /** @return the input object */
    public PortObject getPortObject() {
        return m_object;
    }
}
