package org.knime.core.node.message;

import java.util.Objects;

/**
 * Mirror of KNIME's {@code org.knime.core.node.message.Message} (5.0+): a node message with a non-null summary.
 * The stand-in carries only the summary (no issue details, no resolutions, no builder).
 */
public final class Message {

    private final String m_summary;

    private Message(final String summary) {
        m_summary = summary;
    }

    /** @return the non-null summary. */
    public String getSummary() {
        return m_summary;
    }

    /**
     * @param message a message or null
     * @return its summary, or null for a null message
     */
    public static String getSummaryFrom(final Message message) {
        return message == null ? null : message.getSummary();
    }

    /**
     * @param summary The summary (null causes an exception to be thrown)
     * @return Such a message.
     */
    public static Message fromSummary(final String summary) {
        if (summary == null) {
            throw new IllegalArgumentException("argument must not be null");
        }
        return new Message(summary);
    }

    @Override
    public String toString() {
        return "Message[summary=" + m_summary + "]";
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof Message m && m.m_summary.equals(m_summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_summary);
    }
}
