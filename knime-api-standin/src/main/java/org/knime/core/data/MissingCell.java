package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.MissingCell}: a missing value that can carry an error message
 * (the reason it is missing).
 */
public final class MissingCell extends DataCell implements MissingValue {

    private static final long serialVersionUID = 1L;

    private final String m_error;

    /** @param error why the value is missing, may be null */
    public MissingCell(final String error) {
        m_error = error;
    }

    @Override
    public String getError() {
        return m_error;
    }

    @Override
    public boolean isMissing() {
        return true;
    }

    @Override
    public String toString() {
        return "?";
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return true;
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
