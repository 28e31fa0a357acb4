package org.knime.core.node.streamable;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.PartitionInfo}: which partition of how many. */
public class PartitionInfo {

    private final int m_index;

    private final int m_count;

    /**
     * @param partitionIndex 0-based index
     * @param partitionCount number of partitions
     */
    public PartitionInfo(final int partitionIndex, final int partitionCount) {
        if (partitionIndex < 0 || partitionCount <= 0 || partitionIndex >= partitionCount) {
            throw new IllegalArgumentException("Invalid partition: " + partitionIndex + " of " + partitionCount);
        }
        m_index = partitionIndex;
        m_count = partitionCount;
    }

    /** @return the 0-based index */
    public int getPartitionIndex() {
        return m_index;
    }

    /** @return the number of partitions */
    public int getPartitionCount() {
        return m_count;
    }
}
