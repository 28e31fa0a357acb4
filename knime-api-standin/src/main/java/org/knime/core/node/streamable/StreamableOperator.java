package org.knime.core.node.streamable;

import org.knime.core.node.ExecutionContext;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.StreamableOperator}: a node's streamed execution. */
public abstract class StreamableOperator {

    /**
     * Processes the inputs and fills the outputs (and closes row outputs).
     *
     * @param inputs one per input port (row inputs for streamable ports)
     * @param outputs one per output port
     * @param exec for progress, cancellation and table creation
     * @throws Exception any failure
     */
    public abstract void runFinal(PortInput[] inputs, PortOutput[] outputs, ExecutionContext exec) throws Exception;

    /**
     * @param internals state to restore (ignored by default)
     */
    public void loadInternals(final StreamableOperatorInternals internals) {
    }

    /** @return the state to save; null by default */
    public StreamableOperatorInternals saveInternals() {
        return null;
    }
}
