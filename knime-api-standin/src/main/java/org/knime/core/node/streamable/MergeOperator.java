package org.knime.core.node.streamable;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.MergeOperator}: merges partition states. */
public abstract class MergeOperator {

    /**
     * @param operators the partitions' final states
     * @return the merged state
     */
    public abstract StreamableOperatorInternals mergeFinal(StreamableOperatorInternals[] operators);
}
