package org.knime.core.node;

/** Stand-in for KNIME's {@code org.knime.core.node.CanceledExecutionException}: execution was canceled. */
public class CanceledExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** No message. */
    public CanceledExecutionException() {
        super();
    }

    /** @param message the message */
    public CanceledExecutionException(final String message) {
        super(message);
    }
}
