package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.IntValue}. Interface of cells holding an int value.
 * (The nested utility factories are omitted.)
 */
public interface IntValue extends DataValue {

    /** @return the value */
    int getIntValue();
}
