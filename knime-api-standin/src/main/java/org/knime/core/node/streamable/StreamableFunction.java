package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.node.ExecutionContext;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.streamable.StreamableFunction}: an operator mapping each input
 * row to one output row; {@link #runFinal} polls the row input at the configured port, pushes
 * {@link #compute(DataRow, long)} for each row, then closes input and output, calling {@link #init} before and
 * {@link #finish()} after.
 */
public abstract class StreamableFunction extends StreamableOperator {

    /** Default input port index. */
    public static final int DEFAULT_INPORT_INDEX = 0;

    /** Default output port index. */
    public static final int DEFAULT_OUTPORT_INDEX = 0;

    private final int m_inIndex;

    private final int m_outIndex;

    /** Uses input and output port 0. */
    protected StreamableFunction() {
        this(DEFAULT_INPORT_INDEX, DEFAULT_OUTPORT_INDEX);
    }

    /**
     * @param inportIdx the streamed input port
     * @param outportIdx the streamed output port
     */
    protected StreamableFunction(final int inportIdx, final int outportIdx) {
        m_inIndex = inportIdx;
        m_outIndex = outportIdx;
    }

    @Override
    public void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final ExecutionContext ctx)
        throws Exception {
        RowInput in = (RowInput)inputs[m_inIndex];
        RowOutput out = (RowOutput)outputs[m_outIndex];
        init(ctx);
        try {
            long index = 0;
            for (DataRow row = in.poll(); row != null; row = in.poll()) {
                out.push(compute(row, index));
                final long i = index;
                final DataRow r = row;
                ctx.setMessage(() -> String.format("Row %d (\"%s\"))", i, r.getKey()));
                index++;
            }
            in.close();
            out.close();
        } finally {
            finish();
        }
    }

    /**
     * Called before the first row.
     *
     * @param ctx the context
     * @throws Exception any failure
     */
    public void init(final ExecutionContext ctx) throws Exception {
    }

    /**
     * @param input an input row
     * @return the output row
     * @throws Exception any failure
     */
    public DataRow compute(final DataRow input) throws Exception {
        throw new UnsupportedOperationException(
            "No implementation provided for either of the StreamableFunction#compute methods.");
    }

    /**
     * @param input an input row
     * @param rowIndex its 0-based index
     * @return the output row; delegates to {@link #compute(DataRow)} by default
     * @throws Exception any failure
     */
    public DataRow compute(final DataRow input, final long rowIndex) throws Exception {
        return compute(input);
    }

    /** Called after the last row (also on failure). */
    public void finish() {
    }
}
