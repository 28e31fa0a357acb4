package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataValue}. Marker interface of all cell value types.
 * (The nested utility factories are omitted.)
 */
public interface DataValue {
}
