package org.jakstat.knime.testflow;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;

/**
 * Stands in for KNIME's Table Difference Checker (KNIME Testing Framework), which the harness cannot run: compares
 * the table under test (port 1) with the reference table (port 2) the way the real node does, using its saved
 * per-column checkers: {@code EqualityChecker} (cells equal, missing equals missing), {@code EpsilonNumberChecker}
 * (absolute difference at most {@code epsilon}) and {@code IgnoreChecker}; unconfigured columns use equality.
 * Column names and types, row count and (unless {@code ignoreRowIds}) row keys must match.
 */
final class TableComparison {

    /** Factory class name of the Table Difference Checker. */
    static final String FACTORY = "org.knime.testing.internal.nodes.differ.DifferenceCheckerNodeFactory";

    static final String EQUALITY = "org.knime.testing.internal.diffcheckers.EqualityChecker$Factory";

    static final String EPSILON = "org.knime.testing.internal.diffcheckers.EpsilonNumberChecker$Factory";

    static final String IGNORE = "org.knime.testing.internal.diffcheckers.IgnoreChecker$Factory";

    static final String COLUMN_CONFIG_PREFIX = "columnConfig_";

    private TableComparison() {
    }

    /**
     * @param model the Table Difference Checker's model settings
     * @param actual the table under test
     * @param expected the reference table
     * @return every difference found, empty when the tables agree
     */
    static List<String> differences(final NodeSettingsRO model, final BufferedDataTable actual,
        final BufferedDataTable expected) throws InvalidSettingsException {
        List<String> diffs = new ArrayList<>();
        DataTableSpec a = actual.getDataTableSpec();
        DataTableSpec e = expected.getDataTableSpec();
        if (!List.of(a.getColumnNames()).equals(List.of(e.getColumnNames()))) {
            diffs.add("columns differ: expected " + List.of(e.getColumnNames()) + ", got " + List.of(a.getColumnNames()));
            return diffs;
        }
        String[] checkers = new String[a.getNumColumns()];
        double[] epsilons = new double[a.getNumColumns()];
        for (int c = 0; c < checkers.length; c++) {
            String col = a.getColumnSpec(c).getName();
            checkers[c] = EQUALITY;
            String key = COLUMN_CONFIG_PREFIX + col;
            if (model.containsKey(key)) {
                NodeSettingsRO cfg = model.getNodeSettings(key);
                checkers[c] = cfg.getString("checkerFactory");
                if (checkers[c].equals(EPSILON)) {
                    epsilons[c] = cfg.getNodeSettings("internals").getDouble("epsilon");
                }
            }
            if (!checkers[c].equals(IGNORE) && !a.getColumnSpec(c).getType().equals(e.getColumnSpec(c).getType())) {
                diffs.add("column '" + col + "': expected type " + e.getColumnSpec(c).getType() + ", got "
                    + a.getColumnSpec(c).getType());
            }
        }
        if (actual.size() != expected.size()) {
            diffs.add("expected " + expected.size() + " rows, got " + actual.size());
            return diffs;
        }
        boolean ignoreRowIds = model.getBoolean("ignoreRowIds", false);
        try (CloseableRowIterator ai = actual.iterator(); CloseableRowIterator ei = expected.iterator()) {
            while (ai.hasNext()) {
                compareRow(ai.next(), ei.next(), a, checkers, epsilons, ignoreRowIds, diffs);
            }
        }
        return diffs;
    }

    private static void compareRow(final DataRow got, final DataRow want, final DataTableSpec spec,
        final String[] checkers, final double[] epsilons, final boolean ignoreRowIds, final List<String> diffs) {
        if (!ignoreRowIds && !got.getKey().equals(want.getKey())) {
            diffs.add("row key: expected " + want.getKey() + ", got " + got.getKey());
        }
        for (int c = 0; c < checkers.length; c++) {
            String problem = compareCell(got.getCell(c), want.getCell(c), checkers[c], epsilons[c]);
            if (problem != null) {
                diffs.add("row " + want.getKey() + ", column '" + spec.getColumnSpec(c).getName() + "': " + problem);
            }
        }
    }

    private static String compareCell(final DataCell got, final DataCell want, final String checker,
        final double epsilon) {
        if (checker.equals(IGNORE)) {
            return null;
        }
        if (got.isMissing() || want.isMissing()) {
            return got.isMissing() == want.isMissing() ? null
                : "expected " + describe(want) + ", got " + describe(got);
        }
        if (checker.equals(EPSILON)) {
            double g = ((DoubleValue)got).getDoubleValue();
            double w = ((DoubleValue)want).getDoubleValue();
            return Math.abs(g - w) <= epsilon ? null
                : "expected " + w + ", got " + g + " (difference " + Math.abs(g - w) + " > epsilon " + epsilon + ")";
        }
        if (checker.equals(EQUALITY)) {
            return got.equals(want) ? null : "expected " + describe(want) + ", got " + describe(got);
        }
        return "unsupported checker " + checker;
    }

    private static String describe(final DataCell cell) {
        return cell.isMissing() ? "a missing cell" : "'" + cell + "'";
    }
}
