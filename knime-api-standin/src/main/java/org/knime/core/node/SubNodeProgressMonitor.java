package org.knime.core.node;

/**
 * Internal: a monitor covering the fraction {@code max} of its parent. Progress p in [0, 1] advances the parent by
 * the change in {@code p * max}; messages are forwarded unless silent; cancellation is the parent's.
 */
final class SubNodeProgressMonitor implements NodeProgressMonitor {

    private final NodeProgressMonitor m_parent;

    private final double m_max;

    private final boolean m_silent;

    private double m_last;

    private String m_message;

    SubNodeProgressMonitor(final NodeProgressMonitor parent, final double max, final boolean silent) {
        if (max < 0.0 || max > 1.0) {
            throw new IllegalArgumentException("Invalid sub progress size: " + max);
        }
        m_parent = parent;
        m_max = max;
        m_silent = silent;
    }

    @Override
    public void checkCanceled() throws CanceledExecutionException {
        m_parent.checkCanceled();
    }

    @Override
    public synchronized void setProgress(final double progress) {
        if (progress < 0.0 || progress > 1.0) {
            return;
        }
        double delta = (progress - m_last) * m_max;
        m_last = progress;
        synchronized (m_parent) {
            Double current = m_parent.getProgress();
            double next = Math.min(1.0, Math.max(0.0, (current == null ? 0.0 : current) + delta));
            m_parent.setProgress(next);
        }
    }

    @Override
    public synchronized Double getProgress() {
        return m_last;
    }

    @Override
    public synchronized void setProgress(final double progress, final String message) {
        setProgress(progress);
        setMessage(message);
    }

    @Override
    public synchronized void setMessage(final String message) {
        m_message = message;
        if (!m_silent) {
            m_parent.setMessage(message);
        }
    }

    @Override
    public void setProgress(final String message) {
        setMessage(message);
    }

    @Override
    public synchronized String getMessage() {
        return m_message;
    }

    @Override
    public void setExecuteCanceled() {
        m_parent.setExecuteCanceled();
    }

    @Override
    public synchronized void reset() {
        m_last = 0.0;
        m_message = null;
    }
}
