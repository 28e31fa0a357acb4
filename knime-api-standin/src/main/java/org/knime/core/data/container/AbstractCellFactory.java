package org.knime.core.data.container;

import java.util.Arrays;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.container.AbstractCellFactory}: holds the column specs and
 * reports progress as "Processed row i/n ("key")". The parallel-processing settings are kept but the stand-in
 * always computes sequentially.
 */
public abstract class AbstractCellFactory implements CellFactory {

    private final DataColumnSpec[] m_colSpecs;

    private int m_maxParallelWorkers = -1;

    private int m_maxQueueSize = -1;

    /** @param colSpecs the produced columns, none null */
    public AbstractCellFactory(final DataColumnSpec... colSpecs) {
        if (colSpecs == null || Arrays.asList(colSpecs).contains(null)) {
            throw new NullPointerException("Argument must not be null or contain null elements");
        }
        m_colSpecs = colSpecs;
    }

    /**
     * @param processConcurrently recorded only
     * @param colSpecs the produced columns
     */
    public AbstractCellFactory(final boolean processConcurrently, final DataColumnSpec... colSpecs) {
        this(colSpecs);
        setParallelProcessing(processConcurrently);
    }

    /**
     * @param processConcurrently recorded only
     * @param workerCount recorded only
     * @param maxQueueSize recorded only
     * @param colSpecs the produced columns
     */
    public AbstractCellFactory(final boolean processConcurrently, final int workerCount, final int maxQueueSize,
        final DataColumnSpec... colSpecs) {
        this(colSpecs);
        setParallelProcessing(processConcurrently, workerCount, maxQueueSize);
    }

    /** @param value whether to (nominally) process in parallel */
    public final void setParallelProcessing(final boolean value) {
        int workers = (int)Math.ceil(1.5 * Runtime.getRuntime().availableProcessors());
        setParallelProcessing(value, workers, 10 * workers);
    }

    /** @return whether parallel processing was requested */
    public final boolean isParallelProcessing() {
        return m_maxParallelWorkers > 0 && m_maxQueueSize > 0;
    }

    /**
     * @param value on/off
     * @param maxParallelWorkers worker count, &gt; 0 if on
     * @param maxQueueSize queue size, at least the worker count if on
     */
    public final void setParallelProcessing(final boolean value, final int maxParallelWorkers,
        final int maxQueueSize) {
        if (!value) {
            m_maxParallelWorkers = -1;
            m_maxQueueSize = -1;
            return;
        }
        if (maxParallelWorkers <= 0) {
            throw new IllegalArgumentException("Worker count must be larger than 0: " + maxParallelWorkers);
        }
        if (maxQueueSize < maxParallelWorkers) {
            throw new IllegalArgumentException(
                "Queue size must be larger than worker count: " + maxQueueSize + "<" + maxParallelWorkers);
        }
        m_maxParallelWorkers = maxParallelWorkers;
        m_maxQueueSize = maxQueueSize;
    }

    /** @return the worker count, -1 if sequential */
    public final int getMaxParallelWorkers() {
        return m_maxParallelWorkers;
    }

    /** @return the queue size, -1 if sequential */
    public final int getMaxQueueSize() {
        return m_maxQueueSize;
    }

    @Override
    public DataColumnSpec[] getColumnSpecs() {
        return m_colSpecs;
    }

    /** Called once after all rows were processed. */
    public void afterProcessing() {
    }

    @Deprecated
    @Override
    public void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        setProgress((long)curRowNr, (long)rowCount, lastKey, exec);
    }

    @Override
    public void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        exec.setProgress(curRowNr / (double)rowCount,
            () -> String.format("Processed row %s/%s (\"%s\")", curRowNr, rowCount, lastKey));
    }
}
