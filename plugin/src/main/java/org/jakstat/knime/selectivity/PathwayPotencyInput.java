package org.jakstat.knime.selectivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jakstat.core.potency.ConvertedPotency;
import org.jakstat.core.potency.PotencyConversion;
import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.potency.Qualifier;
import org.jakstat.core.selectivity.CellularPathwayIc50;
import org.jakstat.core.selectivity.CensoredValue;
import org.jakstat.core.selectivity.ConcentrationBasis;
import org.jakstat.core.selectivity.JakPotency;
import org.jakstat.core.selectivity.PathwayPotencies;
import org.jakstat.knime.common.InputColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;

/**
 * Reads the JAK potencies (input 1: the scorer's one-row-per-compound output, or a long table) and the measured
 * cellular pathway IC50s (input 4) into core's {@link PathwayPotencies}, one per compound in the order compounds
 * first appear (potency table first). A cell that cannot become a potency is not passed on: it becomes a note of
 * its compound, reported on every row of that compound, so nothing is dropped silently.
 */
final class PathwayPotencyInput {

    /** What is known about one compound, and what could not be read. */
    record Compound(String name, List<JakPotency> jaks, List<CellularPathwayIc50> cellular, List<String> notes) {

        PathwayPotencies toCore() {
            return new PathwayPotencies(name, jaks, cellular);
        }
    }

    private final int m_compound;

    private final List<PotencyColumns.KinaseColumn> m_wide;

    private final int m_kinase;

    private final int m_value;

    private final int m_qualifier;

    private final PotencyScale m_scale;

    private final CellularColumns m_cellular;

    private record CellularColumns(int compound, int cytokine, int ic50, int qualifier, int hill, PotencyScale scale,
        ConcentrationBasis basis) {
    }

    /**
     * @param potencies the spec of input 1
     * @param cellular the spec of input 4, null when not connected
     * @param s the settings
     * @throws InvalidSettingsException naming the setting and column at fault
     */
    PathwayPotencyInput(final DataTableSpec potencies, final DataTableSpec cellular,
        final CytokinePathwayCoverageSettings s) throws InvalidSettingsException {
        m_compound = InputColumns.require(potencies, s.m_compoundColumn.getStringValue(), "Compound column",
            DataValue.class, "any");
        m_scale = s.potencyScale();
        if (s.isWide()) {
            m_wide = PotencyColumns.find(potencies);
            if (m_wide.isEmpty()) {
                throw new InvalidSettingsException("Potency table layout is '" + CytokinePathwayCoverageSettings
                    .LAYOUT_WIDE + "' but the table has no numeric column named '<kinase> <IC50|Ki|Kd|potency> "
                    + "[<M|mM|uM|nM|pM>]' (as the Kinase Selectivity Scorer writes, e.g. 'JAK1 IC50 [nM]'): connect "
                    + "the scorer's first output, or choose the layout '" + CytokinePathwayCoverageSettings.LAYOUT_LONG
                    + "'.");
            }
            m_kinase = -1;
            m_value = -1;
            m_qualifier = -1;
        } else {
            m_wide = List.of();
            m_kinase = InputColumns.require(potencies, s.m_kinaseColumn.getStringValue(), "Kinase column",
                StringValue.class, "string");
            m_value = InputColumns.require(potencies, s.m_potencyColumn.getStringValue(), "Potency column",
                DoubleValue.class, "numeric");
            m_qualifier = InputColumns.optional(potencies, s.m_qualifierColumn.getStringValue(), "Qualifier column",
                StringValue.class, "string");
        }
        m_cellular = cellular == null ? null : new CellularColumns(
            InputColumns.require(cellular, s.m_cellularCompoundColumn.getStringValue(), "Cellular IC50 compound column",
                DataValue.class, "any"),
            InputColumns.require(cellular, s.m_cellularCytokineColumn.getStringValue(),
                "Cellular IC50 cytokine column", StringValue.class, "string"),
            InputColumns.require(cellular, s.m_cellularIc50Column.getStringValue(), "Cellular IC50 column",
                DoubleValue.class, "numeric"),
            InputColumns.optional(cellular, s.m_cellularQualifierColumn.getStringValue(),
                "Cellular IC50 qualifier column", StringValue.class, "string"),
            InputColumns.optional(cellular, s.m_cellularHillColumn.getStringValue(), "Cellular Hill slope column",
                DoubleValue.class, "numeric"),
            s.cellularScale(), s.cellularBasis());
    }

    /** @return the index of the compound column of input 1 */
    int compoundColumn() {
        return m_compound;
    }

    /**
     * @param potencies input 1
     * @param cellular input 4, or null
     * @param warnings receives problems that belong to no compound
     * @return one entry per compound
     */
    List<Compound> read(final BufferedDataTable potencies, final BufferedDataTable cellular,
        final List<String> warnings) {
        Map<String, Compound> byName = new LinkedHashMap<>();
        int unnamed = 0;
        try (CloseableRowIterator it = potencies.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                if (row.getCell(m_compound).isMissing()) {
                    unnamed++;
                    continue;
                }
                Compound c = compound(byName, row.getCell(m_compound).toString());
                if (m_wide.isEmpty()) {
                    readLong(row, c);
                } else {
                    m_wide.forEach(k -> add(c, row, k.kinase(), k.value(), k.qualifier(), PotencyScale.valueOf(k.unit()
                        .name()), true));
                }
            }
        }
        if (unnamed > 0) {
            warnings.add(unnamed + " potency row(s) without a compound identifier were not used.");
        }
        if (cellular != null) {
            readCellular(cellular, byName, warnings);
        }
        byName.values().forEach(PathwayPotencyInput::noteRepeatedJaks);
        return List.copyOf(byName.values());
    }

    private static Compound compound(final Map<String, Compound> byName, final String name) {
        return byName.computeIfAbsent(name, n -> new Compound(n, new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>()));
    }

    private void readLong(final DataRow row, final Compound c) {
        DataCell kinase = row.getCell(m_kinase);
        if (kinase.isMissing() || ((StringValue)kinase).getStringValue().isBlank()) {
            c.notes().add("potency row " + row.getKey().getString() + ": no kinase; not used");
            return;
        }
        add(c, row, ((StringValue)kinase).getStringValue().strip(), m_value, m_qualifier, m_scale, false);
    }

    /** Adds one potency cell (with its qualifier cell) as a JAK potency, or a note why not. */
    private static void add(final Compound c, final DataRow row, final String kinase, final int value,
        final int qualifier, final PotencyScale scale, final boolean missingMeansAbsent) {
        String where = "potency row " + row.getKey().getString() + ", " + kinase + ": ";
        if (row.getCell(value).isMissing() && missingMeansAbsent) {
            return; // the scorer's missing cell: no potency, which the pathway rows report
        }
        toMolar(row, value, qualifier, scale).ifPresentOrElse(v -> c.jaks().add(new JakPotency(kinase, v)),
            () -> c.notes().add(where + problem(row, value, qualifier, scale) + "; not used"));
    }

    private static Optional<CensoredValue> toMolar(final DataRow row, final int value, final int qualifier,
        final PotencyScale scale) {
        Optional<Qualifier> q = qualifier(row, qualifier);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        ConvertedPotency m = PotencyConversion.between(scale, PotencyScale.M).apply(number(row, value), q.get());
        return m.isValid() ? Optional.of(new CensoredValue(m.value(), m.qualifier())) : Optional.empty();
    }

    private static String problem(final DataRow row, final int value, final int qualifier, final PotencyScale scale) {
        Optional<Qualifier> q = qualifier(row, qualifier);
        if (q.isEmpty()) {
            return "unknown qualifier '" + ((StringValue)row.getCell(qualifier)).getStringValue()
                + "' (expected =, <, <=, >, >=, ~)";
        }
        return PotencyConversion.between(scale, PotencyScale.M).apply(number(row, value), q.get()).problem()
            .orElse("unusable value");
    }

    private static Optional<Qualifier> qualifier(final DataRow row, final int column) {
        if (column < 0 || row.getCell(column).isMissing()) {
            return Optional.of(Qualifier.EQUAL);
        }
        return Qualifier.parse(((StringValue)row.getCell(column)).getStringValue());
    }

    private static double number(final DataRow row, final int column) {
        DataCell c = row.getCell(column);
        return c.isMissing() ? Double.NaN : ((DoubleValue)c).getDoubleValue();
    }

    private void readCellular(final BufferedDataTable table, final Map<String, Compound> byName,
        final List<String> warnings) {
        CellularColumns col = m_cellular;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                String where = "cellular IC50 row " + row.getKey().getString();
                DataCell compound = row.getCell(col.compound());
                DataCell cytokine = row.getCell(col.cytokine());
                if (compound.isMissing() || cytokine.isMissing()) {
                    warnings.add(where + ": no compound or no cytokine; not used.");
                    continue;
                }
                Compound c = compound(byName, compound.toString());
                String name = ((StringValue)cytokine).getStringValue().strip();
                Optional<CensoredValue> ic50 = toMolar(row, col.ic50(), col.qualifier(), col.scale());
                double hill = col.hill() < 0 || row.getCell(col.hill()).isMissing() ? 1 : number(row, col.hill());
                if (ic50.isEmpty()) {
                    c.notes().add(where + ", " + name + ": " + problem(row, col.ic50(), col.qualifier(), col.scale())
                        + "; not used");
                } else if (!(hill > 0) || Double.isInfinite(hill)) {
                    c.notes().add(where + ", " + name + ": Hill slope must be finite and > 0 (got " + hill
                        + "); not used");
                } else {
                    c.cellular().add(new CellularPathwayIc50(name, ic50.get(), hill, col.basis()));
                }
            }
        }
    }

    /** Core uses the first potency of a JAK; a repeated JAK is reported, so the choice is never silent. */
    private static void noteRepeatedJaks(final Compound c) {
        Map<String, List<JakPotency>> byJak = new LinkedHashMap<>();
        c.jaks().forEach(j -> byJak.computeIfAbsent(j.jak().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(j));
        byJak.values().stream().filter(l -> l.size() > 1).forEach(l -> c.notes().add(l.get(0).jak() + ": " + l.size()
            + " potencies given (" + String.join(", ", l.stream().map(j -> j.molar().qualifier().symbol()
                + j.molar().value() + " M").toList()) + "); the first is used; pool replicates first, e.g. with "
            + "the Kinase Selectivity Scorer"));
    }
}
