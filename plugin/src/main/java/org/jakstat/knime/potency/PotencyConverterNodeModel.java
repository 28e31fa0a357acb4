package org.jakstat.knime.potency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.potency.ChengPrusoffMode;
import org.jakstat.core.potency.ConvertedPotency;
import org.jakstat.core.potency.PotencyConversion;
import org.jakstat.core.potency.Qualifier;
import org.jakstat.knime.common.InputColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.MissingCell;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.AbstractCellFactory;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.streamable.simple.SimpleStreamableFunctionNodeModel;

/**
 * Potency Converter: appends the converted potency, its qualifier and a note to every row. Row-wise and
 * streamable (KNIME's ColumnRearranger pattern); the conversion itself is {@link PotencyConversion} in core.
 */
final class PotencyConverterNodeModel extends SimpleStreamableFunctionNodeModel {

    private final PotencyConverterSettings m_settings = new PotencyConverterSettings();

    PotencyConverterSettings settings() {
        return m_settings;
    }

    @Override
    protected ColumnRearranger createColumnRearranger(final DataTableSpec spec) throws InvalidSettingsException {
        m_settings.checkCurrent();
        Columns columns = Columns.of(spec, m_settings);
        String output = m_settings.outputColumnName();
        List<DataColumnSpec> out = new ArrayList<>();
        String valueName = DataTableSpec.getUniqueColumnName(spec, output);
        out.add(new DataColumnSpecCreator(valueName, DoubleCell.TYPE).createSpec());
        if (columns.qualifier >= 0) {
            out.add(new DataColumnSpecCreator(DataTableSpec.getUniqueColumnName(spec, output + " qualifier"),
                StringCell.TYPE).createSpec());
        }
        String noteName = DataTableSpec.getUniqueColumnName(spec, output + " note");
        out.add(new DataColumnSpecCreator(noteName, StringCell.TYPE).createSpec());
        ColumnRearranger rearranger = new ColumnRearranger(spec);
        rearranger.append(new ConversionCells(out.toArray(DataColumnSpec[]::new), columns,
            m_settings.conversion(), m_settings.fixedSubstrate(), m_settings.fixedKm(), noteName));
        return rearranger;
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.saveSettingsTo(settings);
    }

    @Override
    protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.validateSettings(settings);
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.loadValidatedSettingsFrom(settings);
    }

    /** Indices of the input columns the conversion reads; -1 for an unused optional column. */
    private static final class Columns {
        int value;

        int qualifier;

        int substrate;

        int km;

        static Columns of(final DataTableSpec spec, final PotencyConverterSettings s) throws InvalidSettingsException {
            Columns c = new Columns();
            c.value = InputColumns.require(spec, s.valueColumn(), "Value column", DoubleValue.class, "numeric");
            c.qualifier = InputColumns.optional(spec, s.qualifierColumn().orElse(null), "Qualifier column",
                StringValue.class, "string");
            boolean cp = s.chengPrusoff() != ChengPrusoffMode.NONE;
            c.substrate = cp ? InputColumns.optional(spec, s.substrateColumn().orElse(null), "[S] column",
                DoubleValue.class, "numeric") : -1;
            c.km = cp ? InputColumns.optional(spec, s.kmColumn().orElse(null), "Km column", DoubleValue.class,
                "numeric") : -1;
            return c;
        }
    }

    /** Reads one row's cells, converts through core, writes value (+ qualifier) + note. */
    private final class ConversionCells extends AbstractCellFactory {

        private final Columns m_columns;

        private final PotencyConversion m_conversion;

        private final double m_fixedSubstrate;

        private final double m_fixedKm;

        private final String m_noteColumn;

        private long m_rows;

        private long m_failed;

        ConversionCells(final DataColumnSpec[] specs, final Columns columns, final PotencyConversion conversion,
            final double fixedSubstrate, final double fixedKm, final String noteColumn) {
            super(specs);
            m_columns = columns;
            m_conversion = conversion;
            m_fixedSubstrate = fixedSubstrate;
            m_fixedKm = fixedKm;
            m_noteColumn = noteColumn;
        }

        @Override
        public DataCell[] getCells(final DataRow row) {
            m_rows++;
            List<DataCell> cells = new ArrayList<>(3);
            Optional<Qualifier> qualifier = qualifier(row);
            if (qualifier.isEmpty()) {
                m_failed++;
                String text = ((StringValue)row.getCell(m_columns.qualifier)).getStringValue();
                String reason = "unknown qualifier '" + text + "' (expected =, <, <=, >, >=, ~)";
                cells.add(new MissingCell(reason));
                cells.add(DataType.getMissingCell());
                cells.add(new StringCell(reason));
                return cells.toArray(DataCell[]::new);
            }
            ConvertedPotency result = convert(row, qualifier.get());
            if (result.isValid()) {
                cells.add(new DoubleCell(result.value()));
            } else {
                m_failed++;
                cells.add(new MissingCell(result.problem().orElseThrow()));
            }
            if (m_columns.qualifier >= 0) {
                cells.add(new StringCell(result.qualifier().symbol()));
            }
            cells.add(result.problem().<DataCell> map(StringCell::new).orElseGet(DataType::getMissingCell));
            return cells.toArray(DataCell[]::new);
        }

        /** @return the row's qualifier ('=' without a qualifier column or for a missing cell), empty if unknown */
        private Optional<Qualifier> qualifier(final DataRow row) {
            if (m_columns.qualifier < 0) {
                return Optional.of(Qualifier.EQUAL);
            }
            DataCell q = row.getCell(m_columns.qualifier);
            return Qualifier.parse(q.isMissing() ? null : ((StringValue)q).getStringValue());
        }

        private ConvertedPotency convert(final DataRow row, final Qualifier qualifier) {
            double value = number(row, m_columns.value);
            if (m_conversion.chengPrusoff() == ChengPrusoffMode.NONE) {
                return m_conversion.apply(value, qualifier);
            }
            double s = m_columns.substrate >= 0 ? number(row, m_columns.substrate) : m_fixedSubstrate;
            double km = m_columns.km >= 0 ? number(row, m_columns.km) : m_fixedKm;
            return m_conversion.apply(value, qualifier, s, km);
        }

        private double number(final DataRow row, final int index) {
            DataCell cell = row.getCell(index);
            return cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
        }

        @Override
        public void afterProcessing() {
            if (m_failed > 0) {
                setWarningMessage(m_failed + " of " + m_rows + " rows could not be converted; the reason is in column '"
                    + m_noteColumn + "'.");
            }
        }
    }
}
