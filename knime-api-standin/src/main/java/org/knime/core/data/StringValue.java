package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.StringValue}. Interface of cells holding a string value.
 * (The nested utility factories are omitted.)
 */
public interface StringValue extends DataValue {

    /** @return the value */
    String getStringValue();
}
