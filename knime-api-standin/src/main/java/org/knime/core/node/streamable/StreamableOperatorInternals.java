package org.knime.core.node.streamable;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.StreamableOperatorInternals}: operator state. */
public abstract class StreamableOperatorInternals {

    /** For subclasses. */
    public StreamableOperatorInternals() {
    }

    /**
     * @param input to read the state from
     * @throws IOException if reading fails
     */
    public abstract void load(DataInputStream input) throws IOException;

    /**
     * @param output to write the state to
     * @throws IOException if writing fails
     */
    public abstract void save(DataOutputStream output) throws IOException;
}
