package org.knime.core.node;

import java.util.function.Supplier;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.DefaultNodeProgressMonitor}: keeps progress, message and cancel
 * flag in memory (no listeners, no timer). Canceled also when the current thread is interrupted.
 */
public class DefaultNodeProgressMonitor implements NodeProgressMonitor {

    private volatile boolean m_canceled;

    private Double m_progress;

    private Supplier<String> m_message = () -> null;

    /** Fresh monitor: no progress, no message, not canceled. */
    public DefaultNodeProgressMonitor() {
    }

    @Override
    public synchronized void reset() {
        m_canceled = false;
        m_progress = null;
        m_message = () -> null;
    }

    /** @return whether cancellation was requested or the thread is interrupted */
    protected boolean isCanceled() {
        return m_canceled || Thread.currentThread().isInterrupted();
    }

    @Override
    public void checkCanceled() throws CanceledExecutionException {
        if (isCanceled()) {
            throw new CanceledExecutionException("ProgressMonitor has been canceled.");
        }
    }

    @Override
    public void setExecuteCanceled() {
        m_canceled = true;
    }

    @Override
    public synchronized void setProgress(final double progress, final String message) {
        setProgress(progress);
        m_message = () -> message;
    }

    @Override
    public synchronized void setProgress(final double progress, final Supplier<String> message) {
        setProgress(progress);
        m_message = message;
    }

    @Override
    public synchronized void setProgress(final double progress) {
        if (progress >= 0.0 && progress <= 1.0) {
            m_progress = progress;
        }
    }

    @Override
    public synchronized void setMessage(final String message) {
        setProgress(message);
    }

    @Override
    public synchronized void setMessage(final Supplier<String> message) {
        m_message = message;
    }

    @Override
    public synchronized void setProgress(final String message) {
        m_message = () -> message;
    }

    @Override
    public synchronized Double getProgress() {
        return m_progress;
    }

    @Override
    public synchronized String getMessage() {
        return m_message.get();
    }
}
