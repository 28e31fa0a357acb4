package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.RowInput}: rows arriving one at a time. */
public abstract class RowInput extends PortInput {

    /** @return the spec of the rows */
    public abstract DataTableSpec getDataTableSpec();

    /**
     * @return the next row, or null at the end
     * @throws InterruptedException if interrupted while waiting
     */
    public abstract DataRow poll() throws InterruptedException;

    /** Signals that no more rows will be read. */
    public abstract void close();
}
