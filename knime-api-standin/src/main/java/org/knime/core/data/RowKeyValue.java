package org.knime.core.data;

/** Stand-in for KNIME's {@code org.knime.core.data.RowKeyValue}: something holding a row key string. */
public interface RowKeyValue {

    /** @return the row key string */
    String getString();
}
