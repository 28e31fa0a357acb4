package org.jakstat.core.selectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;
import org.junit.jupiter.api.Test;

class ProfileTableLayoutTest {

    private static final List<String> PANEL = SelectivitySettings.JAK_PANEL;

    private static ProfileTableLayout layout(final Optional<ValueType> type) {
        return new ProfileTableLayout("compound", PANEL, type, PotencyScale.NM, "S(3 uM)");
    }

    private static SelectivityProfile baricitinibOverJak1() {
        return new SelectivityScorer(SelectivitySettings.defaults().withReference(ReferenceTarget.fixed("JAK1")))
            .score(SelectivityScorerTest.baricitinib());
    }

    private static ResultValue value(final ProfileTableLayout l, final ResultRow row, final String column) {
        return row.value(l.layout().indexOf(column).orElseThrow());
    }

    @Test
    void columnsCarryKinaseTypeAndUnit() {
        TableLayout t = layout(Optional.of(ValueType.IC50)).layout();
        assertEquals(List.of("compound", "Status", "Reason", "Compared as", "Reference", "Profile class",
            "Co-primary kinases", "JAK1 IC50 [nM]", "JAK1 qualifier", "JAK1 pIC50", "JAK1 pIC50 qualifier",
            "JAK1 fold over reference", "JAK1 fold qualifier", "JAK1 note"), t.names().subList(0, 14));
        assertEquals(List.of("S(3 uM)", "S(3 uM) qualifier", "S(3 uM) note", "Notes"),
            t.names().subList(t.size() - 4, t.size()));
        assertEquals(7 + 4 * 7 + 4 * 3 + 1, t.size());
        List<String> generic = layout(Optional.empty()).layout().names();
        assertTrue(generic.contains("TYK2 potency [nM]") && generic.contains("TYK2 pX"), generic::toString);
    }

    @Test
    void typeIsFixedUnlessAColumnOrChengPrusoffDecides() {
        assertEquals(Optional.of(ValueType.IC50), ProfileTableLayout.fixedType(ValueType.IC50, false, true, false));
        assertEquals(Optional.empty(), ProfileTableLayout.fixedType(ValueType.IC50, false, true, true));
        assertEquals(Optional.of(ValueType.KD), ProfileTableLayout.fixedType(ValueType.KD, false, true, true));
        assertEquals(Optional.empty(), ProfileTableLayout.fixedType(ValueType.KI, true, false, false));
        assertEquals("S(3 uM)", ProfileTableLayout.sxName(3.0, "uM"));
        assertEquals("S(0.1 uM)", ProfileTableLayout.sxName(0.1, "uM"));
        assertEquals("S(100 nM)", ProfileTableLayout.sxName(100, "nM"));
    }

    @Test
    void baricitinibRowHasTheLabelFoldsAndAMissingValueWithTheReasonWhereUndetermined() {
        ProfileTableLayout l = layout(Optional.of(ValueType.IC50));
        ResultRow row = l.row(baricitinibOverJak1(), List.of("line 9: unknown qualifier"));
        assertEquals(ResultValue.text("scored"), value(l, row, "Status"));
        assertEquals(ResultValue.missing(), value(l, row, "Reason"));
        assertEquals(ResultValue.text("JAK1/JAK2-selective: ~1x JAK2, 9.0x TYK2, >68x JAK3"),
            value(l, row, "Profile class"));
        // >400 / 5.9 = >67.796610169491525...; the nearest double, as in test-workflows/selectivity-scorer/data
        assertEquals(ResultValue.number(67.79661016949153), value(l, row, "JAK3 fold over reference"));
        assertEquals(ResultValue.text(">"), value(l, row, "JAK3 fold qualifier"));
        assertEquals(ResultValue.text("<"), value(l, row, "JAK3 pIC50 qualifier"));
        assertTrue(((ResultValue.TextValue)value(l, row, "Notes")).text().startsWith("line 9: unknown qualifier; "));
    }

    @Test
    void twoLowerBoundsGiveAMissingFoldCarryingTheReasonAlsoWrittenInTheNote() {
        ProfileTableLayout l = layout(Optional.of(ValueType.IC50));
        SelectivityProfile p = new SelectivityScorer(SelectivitySettings.defaults()
            .withReference(ReferenceTarget.fixed("JAK1"))).score(new CompoundMeasurements("x", List.of(
                SelectivityScorerTest.ic50("JAK1", ">", 100), SelectivityScorerTest.ic50("JAK3", ">", 1000))));
        ResultRow row = l.row(p, List.of());
        ResultValue.MissingValue fold = (ResultValue.MissingValue)value(l, row, "JAK3 fold over reference");
        assertTrue(fold.reason().orElseThrow().startsWith("undetermined"), fold.toString());
        assertEquals(ResultValue.text(fold.reason().orElseThrow()), value(l, row, "JAK3 note"));
        assertEquals(ResultValue.missing("no usable potency for TYK2; see Notes"), value(l, row, "TYK2 IC50 [nM]"));
    }

    @Test
    void unscoredAndUnassignedRowsSayWhy() {
        ProfileTableLayout l = layout(Optional.of(ValueType.IC50));
        ResultRow none = l.row(new SelectivityScorer(SelectivitySettings.defaults()).score(new CompoundMeasurements(
            "b", List.of(SelectivityScorerTest.ic50("JAK1", -1)))), List.of());
        assertEquals(ResultValue.text("no usable data"), value(l, none, "Status"));
        assertTrue(((ResultValue.TextValue)value(l, none, "Reason")).text().startsWith("no usable measurement"));
        assertEquals(ResultValue.missing("not scored"), value(l, none, "Reference"));
        ResultRow unassigned = l.unassignedRow(List.of("line 20", "line 21"));
        String reason = "2 input row(s) without a compound identifier (line 20, line 21): not scored";
        assertEquals(ResultValue.missing("no compound identifier"), unassigned.value(0));
        assertEquals(ResultValue.text(reason), value(l, unassigned, "Reason"));
        assertEquals(ResultValue.text(reason), value(l, unassigned, "Notes"));
    }

    @Test
    void foldMatrixHasEveryOrderedPairOfAScoredCompoundOnly() {
        FoldTableLayout f = new FoldTableLayout("compound", PANEL);
        assertEquals(List.of("compound", "Kinase A", "Kinase B", "Fold A/B", "Fold qualifier", "Note"),
            f.layout().names());
        List<ResultRow> rows = f.rows(baricitinibOverJak1());
        assertEquals(12, rows.size());
        ResultRow jak3OverJak1 = rows.get(6);
        assertEquals(List.of(ResultValue.text("baricitinib"), ResultValue.text("JAK3"), ResultValue.text("JAK1"),
            ResultValue.number(67.79661016949153), ResultValue.text(">"), ResultValue.missing()),
            jak3OverJak1.values());
        SelectivityProfile refused = SelectivityProfile.notScored("r", ProfileStatus.REFUSED, PANEL, List.of("why"));
        assertEquals(List.of(), f.rows(refused));
    }
}
