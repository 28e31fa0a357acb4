package org.jakstat.knime.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.sort.BufferedDataTableSorter;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/** In-memory, stable sorting of buffered tables. */
class SorterTest {

    private static List<String> keys(final BufferedDataTable t) {
        return Tables.rows(t).stream().map(r -> r.getKey().getString()).toList();
    }

    @Test
    void sortsByColumnsStablyWithMissingFirst() throws Exception {
        ExecutionContext exec = Tables.exec();
        BufferedDataTable in = Tables.doseTable(exec, 10);
        // Compound cpd0..cpd2 (i % 3) ascending, then Conc (10^(-9 + i % 5), missing for i % 5 == 4) descending
        BufferedDataTable sorted =
            new BufferedDataTableSorter(in, List.of("Compound", "Conc"), new boolean[]{true, false}).sort(exec);
        assertEquals(List.of("Row3", "Row6", "Row0", "Row9", "Row7", "Row1", "Row4", "Row8", "Row2", "Row5"),
            keys(sorted));
        assertEquals(1.0, exec.getProgressMonitor().getProgress(), 1e-12);

        BufferedDataTable byConc = new BufferedDataTableSorter(in, List.of("Conc"), new boolean[]{true}).sort(exec);
        assertEquals(List.of("Row4", "Row9", "Row0", "Row5", "Row1", "Row6", "Row2", "Row7", "Row3", "Row8"),
            keys(byConc), "missing cells are smallest; equal values keep their input order");
    }

    @Test
    void sortsWithARowComparator() throws Exception {
        ExecutionContext exec = Tables.exec();
        BufferedDataTable in = Tables.doseTable(exec, 5);
        Comparator<DataRow> byKeyDescending = Comparator.comparing((DataRow r) -> r.getKey().getString()).reversed();
        assertEquals(List.of("Row4", "Row3", "Row2", "Row1", "Row0"),
            keys(new BufferedDataTableSorter(in, byKeyDescending).sort(exec)));
    }
}
