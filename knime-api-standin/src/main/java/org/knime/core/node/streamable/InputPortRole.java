package org.knime.core.node.streamable;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.InputPortRole}: how an input is consumed. */
public final class InputPortRole extends PortRole {

    /** Distributed, streamed row by row. */
    public static final InputPortRole DISTRIBUTED_STREAMABLE = new InputPortRole(true, true);

    /** Distributed, read as a whole. */
    public static final InputPortRole DISTRIBUTED_NONSTREAMABLE = new InputPortRole(true, false);

    /** Not distributed, streamed row by row. */
    public static final InputPortRole NONDISTRIBUTED_STREAMABLE = new InputPortRole(false, true);

    /** Not distributed, read as a whole (the default of every node). */
    public static final InputPortRole NONDISTRIBUTED_NONSTREAMABLE = new InputPortRole(false, false);

    private final boolean m_streamable;

    private InputPortRole(final boolean distributable, final boolean streamable) {
        super(distributable);
        m_streamable = streamable;
    }

    /** @return whether rows are streamed */
    public boolean isStreamable() {
        return m_streamable;
    }

    /**
     * @param isDistributable distributed?
     * @param isStreamable streamed?
     * @return the matching constant
     */
    public static InputPortRole get(final boolean isDistributable, final boolean isStreamable) {
        if (isDistributable) {
            return isStreamable ? DISTRIBUTED_STREAMABLE : DISTRIBUTED_NONSTREAMABLE;
        }
        return isStreamable ? NONDISTRIBUTED_STREAMABLE : NONDISTRIBUTED_NONSTREAMABLE;
    }
}
