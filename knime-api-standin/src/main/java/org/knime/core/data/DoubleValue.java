package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DoubleValue}. Interface of cells holding a double value.
 * (The nested utility factories are omitted.)
 */
public interface DoubleValue extends DataValue {

    /** @return the value */
    double getDoubleValue();
}
