package org.jakstat.knime.common;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;

/**
 * Configure-time checks of the columns a node's settings name: the message always names the setting, the
 * column, what was expected and how to fix it.
 */
public final class InputColumns {

    private InputColumns() {
    }

    /**
     * @param column a column-name setting value; null or blank means "no column"
     * @return true when a column is selected
     */
    public static boolean isSelected(final String column) {
        return column != null && !column.isBlank();
    }

    /**
     * Finds a required column of a given value type.
     *
     * @param spec the input table spec
     * @param column the configured column name
     * @param setting the dialog label of the setting, e.g. "Value column"
     * @param type the required value type, e.g. DoubleValue.class
     * @param typeName how the type is called for users, e.g. "numeric"
     * @return the column index
     * @throws InvalidSettingsException when the column is not set, absent, or of another type
     */
    public static int require(final DataTableSpec spec, final String column, final String setting,
        final Class<? extends DataValue> type, final String typeName) throws InvalidSettingsException {
        if (!isSelected(column)) {
            throw new InvalidSettingsException(
                "No " + setting.toLowerCase(java.util.Locale.ROOT) + " selected: open the dialog and choose a "
                    + typeName + " column.");
        }
        int index = spec.findColumnIndex(column);
        if (index < 0) {
            throw new InvalidSettingsException(setting + " '" + column
                + "' is not in the input table: choose one of its " + typeName + " columns in the dialog.");
        }
        DataColumnSpec col = spec.getColumnSpec(index);
        if (!col.getType().isCompatible(type)) {
            throw new InvalidSettingsException(setting + " '" + column + "' has type " + col.getType()
                + " but must be " + typeName + ": choose another column or convert it first.");
        }
        return index;
    }

    /**
     * Finds a required column of any type (a grouping, label or colour column).
     *
     * @param spec the input table spec
     * @param column the configured column name
     * @param setting the dialog label of the setting
     * @return the column index
     * @throws InvalidSettingsException naming the setting when the column is absent
     */
    public static int anyType(final DataTableSpec spec, final String column, final String setting)
        throws InvalidSettingsException {
        int index = spec.findColumnIndex(column);
        if (index < 0) {
            throw new InvalidSettingsException(setting + " '" + column
                + "' is not in the input table: choose another column in the dialog or remove it.");
        }
        return index;
    }

    /**
     * Like {@link #require} for an optional column.
     *
     * @return the column index, or -1 when no column is selected
     * @throws InvalidSettingsException when a selected column is absent or of another type
     */
    public static int optional(final DataTableSpec spec, final String column, final String setting,
        final Class<? extends DataValue> type, final String typeName) throws InvalidSettingsException {
        return isSelected(column) ? require(spec, column, setting, type, typeName) : -1;
    }
}
