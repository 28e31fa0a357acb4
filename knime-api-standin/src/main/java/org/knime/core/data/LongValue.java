package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.LongValue}. Interface of cells holding a long value.
 * (The nested utility factories are omitted.)
 */
public interface LongValue extends DataValue {

    /** @return the value */
    long getLongValue();
}
