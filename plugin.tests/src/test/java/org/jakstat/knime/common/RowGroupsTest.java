package org.jakstat.knime.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.knime.testing.NodeRunner;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;

/** Grouping a table by key columns: the ordered-check shortcut, the sort fallback, and streaming groups. */
class RowGroupsTest {

    private static final DataTableSpec SPEC = new DataTableSpec(new String[]{"compound", "plate", "value"},
        new DataType[]{StringCell.TYPE, IntCell.TYPE, IntCell.TYPE});

    private static final ExecutionContext EXEC = NodeRunner.of(new org.jakstat.knime.potency.PotencyConverterNodeFactory())
        .exec();

    private static BufferedDataTable table(final Object[]... rows) {
        return NodeRunner.table(EXEC, SPEC, rows);
    }

    private static List<List<String>> groups(final BufferedDataTable t, final int... keys) {
        List<List<String>> out = new ArrayList<>();
        try (RowGroups g = RowGroups.of(t, keys)) {
            List<DataRow> rows;
            while ((rows = g.next()) != null) {
                out.add(rows.stream().map(r -> r.getKey().getString()).toList());
            }
        }
        return out;
    }

    @Test
    void orderedTableIsUsedAsItIsAndStreamedInGroups() throws Exception {
        BufferedDataTable t = table(new Object[]{"a", 1, 1}, new Object[]{"a", 1, 2}, new Object[]{"a", 2, 3},
            new Object[]{"b", 1, 4});
        assertTrue(RowGroups.isOrdered(t, new int[]{0, 1}, EXEC));
        assertSame(t, RowGroups.contiguous(t, new int[]{0, 1}, EXEC), "no sort when already ordered");
        assertEquals(List.of(List.of("Row0", "Row1"), List.of("Row2"), List.of("Row3")), groups(t, 0, 1));
        assertEquals(List.of(List.of("Row0", "Row1", "Row2"), List.of("Row3")), groups(t, 0));
        assertEquals(List.of(List.of("Row0", "Row1", "Row2", "Row3")), groups(t), "no key: one group");
        assertTrue(groups(table()).isEmpty(), "an empty table has no groups");
    }

    @Test
    void unorderedTableIsSortedStablyWithMissingValuesFirst() throws Exception {
        BufferedDataTable t = table(new Object[]{"b", 1, 1}, new Object[]{"a", 2, 2}, new Object[]{"b", 1, 3},
            new Object[]{null, 1, 4}, new Object[]{"a", 2, 5});
        assertFalse(RowGroups.isOrdered(t, new int[]{0}, EXEC));
        BufferedDataTable sorted = RowGroups.contiguous(t, new int[]{0}, EXEC);
        assertEquals(List.of(List.of("Row3"), List.of("Row1", "Row4"), List.of("Row0", "Row2")), groups(sorted, 0));
    }

    @Test
    void numbersCompareByValueNotText() throws Exception {
        BufferedDataTable t = table(new Object[]{"a", 2, 1}, new Object[]{"a", 10, 2});
        assertTrue(RowGroups.isOrdered(t, new int[]{1}, EXEC), "2 < 10 as numbers although '10' < '2' as text");
    }

    @Test
    void theOrderCheckHonoursCancellation() {
        Object[][] rows = new Object[10000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[]{"a", i, i};
        }
        BufferedDataTable t = table(rows);
        NodeRunner r = NodeRunner.of(new org.jakstat.knime.potency.PotencyConverterNodeFactory());
        r.cancel();
        assertThrows(CanceledExecutionException.class, () -> RowGroups.isOrdered(t, new int[]{1}, r.exec()));
    }
}
