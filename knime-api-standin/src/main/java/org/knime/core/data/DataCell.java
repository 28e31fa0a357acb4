package org.knime.core.data;

import java.io.Serializable;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataCell}: an immutable value in a table. Equality: two missing
 * cells are equal; a missing and a non-missing cell are not; cells of the same class compare by
 * {@link #equalsDataCell(DataCell)}; cells of different classes by {@link #equalContent(DataValue)}.
 */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    /** @return the type of this cell's class */
    public final DataType getType() {
        return DataType.getType(getClass());
    }

    /** @return whether this cell represents a missing value */
    public boolean isMissing() {
        return false;
    }

    @Override
    public abstract String toString();

    @Override
    public final boolean equals(final Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof DataCell other)) {
            return false;
        }
        if (isMissing() || other.isMissing()) {
            return isMissing() && other.isMissing();
        }
        if (other.getClass() == getClass()) {
            return equalsDataCell(other);
        }
        return equalContent(other);
    }

    /**
     * @param dc a non-missing cell of the same class
     * @return whether both hold the same value
     */
    protected abstract boolean equalsDataCell(DataCell dc);

    /**
     * @param otherValue a value of another class
     * @return whether it holds the same content; default false
     */
    protected boolean equalContent(final DataValue otherValue) {
        return false;
    }

    @Override
    public abstract int hashCode();
}
