package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.NominalValue}. Marker for values with a finite set of possible values (e.g. strings).
 * (The nested utility factories are omitted.)
 */
public interface NominalValue extends DataValue {
}
