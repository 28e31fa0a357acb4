package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.MissingValue}. Interface of cells representing a missing value; the error (reason) may be null.
 * (The nested utility factories are omitted.)
 */
public interface MissingValue extends DataValue {

    /** @return why the value is missing, or null */
    String getError();
}
