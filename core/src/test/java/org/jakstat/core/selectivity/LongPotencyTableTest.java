package org.jakstat.core.selectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.potency.Qualifier;
import org.junit.jupiter.api.Test;

class LongPotencyTableTest {

    private static PotencyRow row(final String kinase, final double value, final String qualifier) {
        return new PotencyRow(kinase, value, Optional.ofNullable(qualifier), Optional.empty(), Optional.empty(),
            OptionalDouble.empty(), OptionalDouble.empty());
    }

    @Test
    void groupsRowsByCompoundInFirstAppearanceOrderWithTheSettingsDefaults() {
        LongPotencyTable t = new LongPotencyTable(ValueType.KI, PotencyScale.NM, ConcentrationUnit.UM);
        t.add("b", "line 2", row("JAK1", 5, null));
        t.add("a", "line 3", row("JAK2", 400, ">"));
        t.add("b", "line 4", new PotencyRow("TYK2", 7, Optional.empty(), Optional.of("kd"), Optional.of("uM"),
            OptionalDouble.of(1000), OptionalDouble.of(40)));
        List<LongPotencyTable.Compound> c = t.compounds();
        assertEquals(List.of("b", "a"), c.stream().map(LongPotencyTable.Compound::name).toList());
        assertEquals(KinaseMeasurement.of("JAK1", 5, PotencyScale.NM, Qualifier.EQUAL, ValueType.KI),
            c.get(0).measurements().get(0));
        assertEquals(Qualifier.GREATER, c.get(1).measurements().get(0).qualifier());
        // [ATP] and Km,ATP in uM: 1000 uM = 1e-3 M, 40 uM = 4e-5 M
        assertEquals(KinaseMeasurement.of("TYK2", 7, PotencyScale.UM, Qualifier.EQUAL, ValueType.KD)
            .withAtpMolar(1e-3).withKmAtpMolar(4e-5), c.get(0).measurements().get(1));
        assertEquals(new CompoundMeasurements("a", c.get(1).measurements()), c.get(1).toCore());
    }

    @Test
    void rowsThatCannotFormAMeasurementBecomeNotesOfTheirCompound() {
        LongPotencyTable t = new LongPotencyTable(ValueType.IC50, PotencyScale.NM, ConcentrationUnit.UM);
        t.add("x", "line 5", row("JAK1", 5, "about"));
        t.add("x", "line 6", new PotencyRow("JAK2", 5, Optional.empty(), Optional.of(""), Optional.empty(),
            OptionalDouble.empty(), OptionalDouble.empty()));
        t.add("x", "line 7", new PotencyRow("JAK3", 5, Optional.empty(), Optional.empty(), Optional.of("nm"),
            OptionalDouble.empty(), OptionalDouble.empty()));
        t.add("x", "line 8", row("TYK2", Double.NaN, ""));
        LongPotencyTable.Compound x = t.compounds().get(0);
        assertEquals(List.of("line 5: unknown qualifier 'about' (expected =, <, <=, >, >=, ~); measurement not used",
            "line 6: unknown value type '' (expected IC50, Ki or Kd); measurement not used",
            "line 7: unknown unit 'nm' (expected one of [M, mM, uM, nM, pM, pX, log10 M]); measurement not used"),
            x.rowNotes());
        assertEquals(1, x.measurements().size(), "a missing value is passed on: the scorer reports it");
    }

    @Test
    void kmTableKeepsTheFirstPositiveKmPerKinaseAndSaysWhatItLeftOut() {
        KmAtpTable km = new KmAtpTable(ConcentrationUnit.UM);
        km.add("row 1", "JAK1", 40);
        km.add("row 2", "jak1 ", 99);
        km.add("row 3", "TYK2", 0);
        km.add("row 4", "", 5);
        km.add("row 5", "JAK2", Double.POSITIVE_INFINITY);
        assertEquals(Map.of("JAK1", 4e-5), km.molarByKinase());
        assertEquals(List.of("row 2: jak1 has a Km,ATP already; only the first is used",
            "row 3: Km,ATP of TYK2 must be > 0 (got 0.0); not used", "row 4: no kinase; not used",
            "row 5: Km,ATP of JAK2 must be > 0 (got Infinity); not used"), km.problems());
    }
}
