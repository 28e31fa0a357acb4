package org.knime.core.node;

import java.util.function.Supplier;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.ExecutionMonitor}: progress reporting and cancellation checks
 * over a {@link NodeProgressMonitor}. Sub-progress monitors cover a fraction of this monitor's range.
 */
public class ExecutionMonitor {

    private final NodeProgressMonitor m_progress;

    /** Over a fresh {@link DefaultNodeProgressMonitor}. */
    public ExecutionMonitor() {
        this(null);
    }

    /** @param progress the monitor to report to (null: a fresh default monitor) */
    public ExecutionMonitor(final NodeProgressMonitor progress) {
        m_progress = progress == null ? new DefaultNodeProgressMonitor() : progress;
    }

    /** @return the underlying monitor */
    public final NodeProgressMonitor getProgressMonitor() {
        return m_progress;
    }

    boolean isCanceled() {
        try {
            m_progress.checkCanceled();
            return false;
        } catch (CanceledExecutionException e) {
            return true;
        }
    }

    /** @throws CanceledExecutionException if execution was canceled */
    public void checkCanceled() throws CanceledExecutionException {
        m_progress.checkCanceled();
    }

    /** @param progress in [0, 1] */
    public void setProgress(final double progress) {
        m_progress.setProgress(progress);
    }

    /**
     * @param progress in [0, 1]
     * @param message a message
     */
    public void setProgress(final double progress, final String message) {
        m_progress.setProgress(progress, message);
    }

    /**
     * @param progress in [0, 1]
     * @param messageSupplier supplies a message lazily
     */
    public void setProgress(final double progress, final Supplier<String> messageSupplier) {
        m_progress.setProgress(progress, messageSupplier);
    }

    /** @param message a message */
    public void setMessage(final String message) {
        m_progress.setMessage(message);
    }

    /** @param messageSupplier supplies a message lazily */
    public void setMessage(final Supplier<String> messageSupplier) {
        m_progress.setMessage(messageSupplier);
    }

    /** @param message a message (progress unchanged) */
    public void setProgress(final String message) {
        m_progress.setProgress(message);
    }

    /**
     * @param maxProg the fraction of this monitor's range, in [0, 1]
     * @return a monitor whose progress 0..1 maps onto that fraction
     */
    public ExecutionMonitor createSubProgress(final double maxProg) {
        return new ExecutionMonitor(createSubProgressMonitor(maxProg, false));
    }

    /**
     * @param maxProg the fraction of this monitor's range, in [0, 1]
     * @return like {@link #createSubProgress(double)} but its messages are not forwarded
     */
    public ExecutionMonitor createSilentSubProgress(final double maxProg) {
        return new ExecutionMonitor(createSubProgressMonitor(maxProg, true));
    }

    NodeProgressMonitor createSubProgressMonitor(final double maxProg, final boolean silent) {
        return new SubNodeProgressMonitor(m_progress, maxProg, silent);
    }
}
