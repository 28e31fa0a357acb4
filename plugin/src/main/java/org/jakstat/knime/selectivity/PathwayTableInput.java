package org.jakstat.knime.selectivity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jakstat.core.selectivity.CytokinePathway;
import org.jakstat.knime.common.InputColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;

/**
 * Reads a user's pathway table (input 3) into core's {@link CytokinePathway}s: a cytokine, JAK A, optionally JAK B
 * (a JAK2 homodimer is JAK2 twice; a lone JAK A is a one-JAK pathway) and optionally a read-out. A JAK cell may
 * also hold a list as pathway tables write it ("JAK1 + JAK2", parenthesised contributors left out). Rows without a
 * cytokine or a JAK, and a second row for the same cytokine, are not used and are reported.
 */
final class PathwayTableInput {

    private final int m_cytokine;

    private final int m_jakA;

    private final int m_jakB;

    private final int m_readout;

    /**
     * @param spec the spec of input 3
     * @param s the settings
     * @throws InvalidSettingsException naming the setting and column at fault
     */
    PathwayTableInput(final DataTableSpec spec, final CytokinePathwayCoverageSettings s)
        throws InvalidSettingsException {
        m_cytokine = InputColumns.require(spec, s.m_pathwayCytokineColumn.getStringValue(), "Pathway cytokine column",
            StringValue.class, "string");
        m_jakA = InputColumns.require(spec, s.m_pathwayJakAColumn.getStringValue(), "Pathway JAK A column",
            StringValue.class, "string");
        m_jakB = InputColumns.optional(spec, s.m_pathwayJakBColumn.getStringValue(), "Pathway JAK B column",
            StringValue.class, "string");
        m_readout = InputColumns.optional(spec, s.m_pathwayReadoutColumn.getStringValue(), "Pathway read-out column",
            StringValue.class, "string");
    }

    /**
     * @param table input 3
     * @param warnings receives one line per row not used
     * @return the pathways, in table order
     */
    List<CytokinePathway> read(final BufferedDataTable table, final List<String> warnings) {
        List<CytokinePathway> pathways = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                String where = "pathway table row " + row.getKey().getString() + ": ";
                String cytokine = text(row, m_cytokine).strip();
                List<String> jaks = new ArrayList<>();
                CytokinePathway.parseJaks(text(row, m_jakA)).ifPresent(jaks::addAll);
                if (m_jakB >= 0) {
                    CytokinePathway.parseJaks(text(row, m_jakB)).ifPresent(jaks::addAll);
                }
                if (cytokine.isEmpty() || jaks.isEmpty()) {
                    warnings.add(where + "no cytokine or no JAK; not used.");
                } else if (!seen.add(cytokine.toUpperCase(Locale.ROOT))) {
                    warnings.add(where + cytokine + " is in the table already; only the first row is used.");
                } else {
                    pathways.add(new CytokinePathway(cytokine, jaks, m_readout < 0 ? "" : text(row, m_readout).strip(),
                        ""));
                }
            }
        }
        return pathways;
    }

    private static String text(final DataRow row, final int column) {
        DataCell c = row.getCell(column);
        return c.isMissing() ? "" : ((StringValue)c).getStringValue();
    }
}
