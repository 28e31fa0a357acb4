package org.knime.core.node.streamable;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.PortInput}: an input of a streamed operator. */
public abstract class PortInput {

    /**
     * @return whether the input is inactive (never, in the stand-in)
     * @throws InterruptedException if interrupted
     */
    public boolean isInactive() throws InterruptedException {
        return false;
    }
}
