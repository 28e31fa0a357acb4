package org.knime.core.node.streamable;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.PortRole}: whether a port can be distributed. */
public class PortRole {

    private final boolean m_distributable;

    PortRole(final boolean distributable) {
        m_distributable = distributable;
    }

    /** @return whether the port's data may be split across partitions */
    public boolean isDistributable() {
        return m_distributable;
    }
}
