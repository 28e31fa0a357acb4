package org.knime.core.node;

import java.util.function.Supplier;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeProgressMonitor}: receives progress (0..1) and messages
 * and holds the cancel flag. (Progress listeners are omitted.)
 */
public interface NodeProgressMonitor {

    /** @throws CanceledExecutionException if canceled */
    void checkCanceled() throws CanceledExecutionException;

    /** @param progress in [0, 1]; other values are ignored */
    void setProgress(double progress);

    /** @return the progress, null if none was set */
    Double getProgress();

    /**
     * @param progress in [0, 1]
     * @param message a message
     */
    void setProgress(double progress, String message);

    /**
     * @param progress in [0, 1]
     * @param message supplies a message lazily
     */
    default void setProgress(final double progress, final Supplier<String> message) {
        setProgress(progress, message.get());
    }

    /** @param message a message */
    void setMessage(String message);

    /** @param message supplies a message lazily */
    default void setMessage(final Supplier<String> message) {
        setMessage(message.get());
    }

    /** @param message a message (progress unchanged) */
    void setProgress(String message);

    /** @return the current message or null */
    String getMessage();

    /** Requests cancellation: later {@link #checkCanceled()} calls throw. */
    void setExecuteCanceled();

    /** Clears progress, message and the cancel flag. */
    void reset();
}
