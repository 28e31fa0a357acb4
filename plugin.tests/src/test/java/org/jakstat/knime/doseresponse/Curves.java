package org.jakstat.knime.doseresponse;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.knime.testing.NodeRunner;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * Long tables of dose-response data for the node tests: noise-free 4PL curves in Prism's convention,
 * {@code Y = Bottom + (Top - Bottom) / (1 + 10^((LogIC50 - X) HillSlope))}, X = log10(conc in M), at ten half-log
 * concentrations from 0.1 nM in duplicate.
 */
final class Curves {

    /** Columns: compound, target, conc [nM], response, replicate, SD, exclude. */
    static final DataTableSpec SPEC = new DataTableSpec(
        new String[]{"compound", "target", "conc", "response", "replicate", "SD", "exclude"},
        new DataType[]{StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE,
            DoubleCell.TYPE, BooleanCell.TYPE});

    /** The ten tested concentrations in nM. */
    static final double[] CONC_NM = new double[10];

    static {
        for (int k = 0; k < 10; k++) {
            CONC_NM[k] = 0.1 * Math.pow(10, k / 2.0);
        }
    }

    private final List<Object[]> m_rows = new ArrayList<>();

    static double fourPl(final double concNm, final double bottom, final double top, final double logIc50,
        final double hill) {
        double x = Math.log10(concNm * 1e-9);
        return bottom + (top - bottom) / (1 + Math.pow(10, (logIc50 - x) * hill));
    }

    /** Adds a noise-free curve in duplicate. */
    Curves exact(final String compound, final String target, final double bottom, final double top,
        final double logIc50, final double hill) {
        for (double c : CONC_NM) {
            for (int rep = 1; rep <= 2; rep++) {
                row(compound, target, c, fourPl(c, bottom, top, logIc50, hill), rep);
            }
        }
        return this;
    }

    /** Adds one row with replicate number, SD 1 and not excluded. */
    Curves row(final String compound, final String target, final Double conc, final Double response, final int rep) {
        m_rows.add(new Object[]{compound, target, conc, response, "r" + rep, 1.0, false});
        return this;
    }

    /** Adds one row with every cell given. */
    Curves raw(final Object... cells) {
        m_rows.add(cells);
        return this;
    }

    /** @return the rows so far (to reorder them) */
    List<Object[]> rows() {
        return m_rows;
    }

    BufferedDataTable table(final ExecutionContext exec) {
        return NodeRunner.table(exec, SPEC, m_rows.toArray(Object[][]::new));
    }
}
