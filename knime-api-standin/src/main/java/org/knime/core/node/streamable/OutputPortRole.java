package org.knime.core.node.streamable;

/** Stand-in for KNIME's {@code org.knime.core.node.streamable.OutputPortRole}: how an output is produced. */
public final class OutputPortRole extends PortRole {

    /** Each partition produces part of the output. */
    public static final OutputPortRole DISTRIBUTED = new OutputPortRole(true);

    /** One producer (the default of every node). */
    public static final OutputPortRole NONDISTRIBUTED = new OutputPortRole(false);

    private OutputPortRole(final boolean distributable) {
        super(distributable);
    }
}
