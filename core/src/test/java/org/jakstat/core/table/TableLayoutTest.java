package org.jakstat.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TableLayoutTest {

    @Test
    void builderKeepsColumnOrderAndKinds() {
        TableLayout t = TableLayout.builder().text("compound").number("IC50 [nM]").add("n", ColumnKind.INTEGER)
            .build();
        assertEquals(List.of("compound", "IC50 [nM]", "n"), t.names());
        assertEquals(List.of(ColumnKind.TEXT, ColumnKind.NUMBER, ColumnKind.INTEGER),
            t.columns().stream().map(ResultColumn::kind).toList());
        assertEquals(Optional.of(1), t.indexOf("IC50 [nM]"));
        assertEquals(Optional.empty(), t.indexOf("IC50"));
    }

    @Test
    void namesBuiltFromUserTextArePrintableAndUnique() {
        TableLayout t = TableLayout.builder().text("Status").text("Status").text("A\tB").text("  ").text("Status")
            .text(null).build();
        assertEquals(List.of("Status", "Status (#2)", "A B", "?", "Status (#3)", "? (#2)"), t.names());
    }

    @Test
    void sameRequestsGiveSameNames() {
        UniqueColumnNames a = new UniqueColumnNames();
        UniqueColumnNames b = new UniqueColumnNames();
        for (String n : Arrays.asList("x", "x", "x (#2)", "\nx")) {
            assertEquals(a.next(n), b.next(n));
        }
    }

    @Test
    void aLayoutRefusesRepeatedNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TableLayout(List.of(
            new ResultColumn("a", ColumnKind.TEXT), new ResultColumn("a", ColumnKind.NUMBER))));
        assertTrue(e.getMessage().contains("'a' appears twice"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ResultColumn(" ", ColumnKind.TEXT));
    }

    @Test
    void rowsAreCheckedAgainstTheColumns() {
        TableLayout t = TableLayout.builder().text("compound").number("fold").build();
        ResultRow r = t.row(List.of(ResultValue.text("baricitinib"), ResultValue.missing("undetermined")));
        assertEquals(ResultValue.missing("undetermined"), r.value(1));
        assertThrows(IllegalArgumentException.class, () -> t.row(List.of(ResultValue.text("x"))),
            "one value per column");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.row(List.of(
            ResultValue.text("x"), ResultValue.text("67.8"))));
        assertTrue(e.getMessage().contains("column 'fold' holds NUMBER"), e.getMessage());
    }

    @Test
    void aMissingValueFitsAnyColumnAndMayCarryItsReason() {
        assertTrue(ResultValue.missing().isMissing());
        assertEquals(Optional.empty(), ((ResultValue.MissingValue)ResultValue.missing()).reason());
        assertEquals(Optional.of(""), ((ResultValue.MissingValue)ResultValue.missing("")).reason(),
            "an empty reason is kept, as KNIME keeps it");
        assertEquals(Optional.empty(), ResultValue.missing("why").kind());
        assertFalse(ResultValue.number(Double.NaN).isMissing(), "NaN is a number, as in a KNIME double cell");
    }

    @Test
    void textsJoinOrAreMissing() {
        assertEquals(ResultValue.text("a; b"), ResultValue.joined(List.of("a", "b")));
        assertEquals(ResultValue.missing(), ResultValue.joined(List.of()));
        assertEquals(ResultValue.text("x"), ResultValue.textOrMissing(Optional.of("x")));
        assertEquals(ResultValue.missing(), ResultValue.textOrMissing(Optional.empty()));
        assertThrows(NullPointerException.class, () -> ResultValue.text(null));
    }
}
