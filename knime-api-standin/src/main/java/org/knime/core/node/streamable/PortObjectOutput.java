package org.knime.core.node.streamable;

import org.knime.core.node.port.PortObject;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.PortObjectOutput}: a whole port object as output. */
public class PortObjectOutput extends PortOutput {

    private PortObject m_object;

    /** @param portObject the output object */
    public void setPortObject(final PortObject portObject) {
        m_object = portObject;
    }

    /** @return the output object, or null if not set yet */
    public PortObject getPortObject() {
        return m_object;
    }
}
