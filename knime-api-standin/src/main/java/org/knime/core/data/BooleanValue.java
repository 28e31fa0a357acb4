package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.BooleanValue}. Interface of cells holding a boolean value.
 * (The nested utility factories are omitted.)
 */
public interface BooleanValue extends DataValue {

    /** @return the value */
    boolean getBooleanValue();
}
