package org.jakstat.core.potency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleParsingTest {

    @ParameterizedTest
    @CsvSource({"M,M", "mM,MM", "uM,UM", "\u00b5M,UM", "\u03bcM,UM", "nM,NM", "pM,PM", "pX,P_X", "-log10 M,P_X",
        "log10 M,LOG10_M", "log10(M),LOG10_M", "NM,NM", "P_X,P_X"})
    void parsesScaleLabels(final String text, final PotencyScale expected) {
        assertEquals(Optional.of(expected), PotencyScale.parse(text));
    }

    @Test
    void refusesUnknownUnits() {
        assertTrue(PotencyScale.parse("ng/mL").isEmpty());
        assertTrue(ConcentrationUnit.parse("MM").isEmpty(), "MM is ambiguous (mM? megamolar?)");
    }

    @Test
    void columnNamesCarryUnits() {
        assertEquals("IC50 [nM]", PotencyScale.NM.columnName("IC50"));
        assertEquals("pKi", PotencyScale.P_X.columnName("Ki"));
        assertEquals("log10 IC50 [M]", PotencyScale.LOG10_M.columnName("IC50"));
    }

    @Test
    void unitsAgreeWithScales() {
        for (ConcentrationUnit u : ConcentrationUnit.values()) {
            PotencyScale s = PotencyScale.valueOf(u.name());
            assertEquals(Optional.of(u), s.unit());
            assertEquals(u.label(), s.label());
            assertEquals(u.toMolar(3.0), s.convert(3.0, PotencyScale.M), 1e-15 * u.toMolar(3.0));
            assertEquals(3.0, u.fromMolar(u.toMolar(3.0)), 1e-15);
        }
    }
}
