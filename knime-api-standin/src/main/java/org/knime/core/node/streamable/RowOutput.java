package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.RowOutput}: rows leaving one at a time. */
public abstract class RowOutput extends PortOutput {

    /**
     * @param row the next output row
     * @throws InterruptedException if interrupted
     */
    public abstract void push(DataRow row) throws InterruptedException;

    /**
     * Pushes all rows of a table, then closes.
     *
     * @param table the complete output
     * @throws InterruptedException if interrupted
     */
    public void setFully(final BufferedDataTable table) throws InterruptedException {
        for (DataRow r : table) {
            push(r);
        }
        close();
    }

    /**
     * Signals the end of the output.
     *
     * @throws InterruptedException if interrupted
     */
    public abstract void close() throws InterruptedException;
}
