package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;

/** Stand-in for KNIME's {@code org.knime.core.data.def.DoubleCell}: a double cell. */
public final class DoubleCell extends DataCell implements DoubleValue {

    /** The type of double cells. */
    public static final DataType TYPE = DataType.getType(DoubleCell.class);

    private static final long serialVersionUID = 1L;

    private final double m_double;

    /** @param d the value */
    public DoubleCell(final double d) {
        m_double = d;
    }

    @Override
    public double getDoubleValue() {
        return m_double;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return Double.compare(((DoubleCell)dc).m_double, m_double) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(m_double);
    }

    @Override
    public String toString() {
        return Double.toString(m_double);
    }
}
