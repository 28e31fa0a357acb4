package org.knime.core.node.streamable;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.PortOutput}: an output of a streamed operator. */
public abstract class PortOutput {

    /** Marks the output inactive (no-op by default). */
    public void setInactive() {
    }
}
