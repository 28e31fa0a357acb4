package org.jakstat.knime.standin;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.MissingCell;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.container.SingleCellFactory;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnName;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.streamable.simple.SimpleStreamableFunctionNodeModel;

/** A per-row test node written the way a Jakstat node is: settings models plus a column rearranger. */
final class ScaleNodeModel extends SimpleStreamableFunctionNodeModel {

    static SettingsModelColumnName createColumnModel() {
        return new SettingsModelColumnName("column", null);
    }

    static SettingsModelDoubleBounded createFactorModel() {
        return new SettingsModelDoubleBounded("factor", 1.0, 0.0, 1000.0);
    }

    private final SettingsModelColumnName m_column = createColumnModel();

    private final SettingsModelDoubleBounded m_factor = createFactorModel();

    @Override
    protected ColumnRearranger createColumnRearranger(final DataTableSpec spec) throws InvalidSettingsException {
        String name = m_column.getColumnName();
        int index = spec.findColumnIndex(name);
        if (index < 0) {
            throw new InvalidSettingsException("Column \"" + name + "\" not found; select a numeric column.");
        }
        if (!spec.getColumnSpec(index).getType().isCompatible(DoubleValue.class)) {
            throw new InvalidSettingsException("Column \"" + name + "\" is not numeric.");
        }
        double factor = m_factor.getDoubleValue();
        ColumnRearranger r = new ColumnRearranger(spec);
        String out = DataTableSpec.getUniqueColumnName(spec, "Scaled");
        r.append(new SingleCellFactory(new DataColumnSpecCreator(out, DoubleCell.TYPE).createSpec()) {
            @Override
            public DataCell getCell(final DataRow row) {
                DataCell in = row.getCell(index);
                if (in.isMissing()) {
                    return new MissingCell("no input value");
                }
                return new DoubleCell(((DoubleValue)in).getDoubleValue() * factor);
            }
        });
        return r;
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO settings) {
        m_column.saveSettingsTo(settings);
        m_factor.saveSettingsTo(settings);
    }

    @Override
    protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_column.validateSettings(settings);
        m_factor.validateSettings(settings);
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_column.loadSettingsFrom(settings);
        m_factor.loadSettingsFrom(settings);
    }
}
