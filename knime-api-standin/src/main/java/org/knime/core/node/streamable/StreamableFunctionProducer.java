package org.knime.core.node.streamable;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.StreamableFunctionProducer}. */
public interface StreamableFunctionProducer {

    /**
     * @param partitionInfo the partition
     * @param inSpecs the input specs
     * @return the function
     * @throws InvalidSettingsException if not configured
     */
    StreamableFunction createStreamableOperator(PartitionInfo partitionInfo, PortObjectSpec[] inSpecs)
        throws InvalidSettingsException;
}
