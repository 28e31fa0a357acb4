package org.jakstat.core.potency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PotencyConversionTest {

    /**
     * Baricitinib enzyme IC50s (EU SmPC section 5.1; Fridman et al. 2010 J Immunol 184:5298): JAK1 5.9 nM, JAK2
     * 5.7 nM, TYK2 53 nM, JAK3 &gt;400 nM. Expected pIC50 = 9 - log10(IC50/nM), computed to 30 digits with
     * Python's decimal module.
     */
    @ParameterizedTest
    @CsvSource({"5.9, 8.22914798835785580973934361546", "5.7, 8.24412514432750860116863862099",
        "53, 7.27572413039921095436700770837", "400, 6.39794000867203760957252221055"})
    void convertsBaricitinibIc50sToPic50(final double nanomolar, final double expectedPic50) {
        ConvertedPotency p = PotencyConversion.between(PotencyScale.NM, PotencyScale.P_X).apply(nanomolar,
            Qualifier.EQUAL);
        assertEquals(expectedPic50, p.value(), 1e-14);
        assertEquals(Qualifier.EQUAL, p.qualifier());
    }

    @Test
    void exactPowersOfTenGiveExactPic50() {
        assertEquals(9.0, PotencyScale.NM.convert(1.0, PotencyScale.P_X));
        assertEquals(12.0, PotencyScale.PM.convert(1.0, PotencyScale.P_X));
        assertEquals(0.0, PotencyScale.M.convert(1.0, PotencyScale.P_X));
        assertEquals("0.0", Double.toString(PotencyScale.M.convert(1.0, PotencyScale.P_X)), "no negative zero");
        assertEquals(-9.0, PotencyScale.NM.convert(1.0, PotencyScale.LOG10_M));
    }

    @Test
    void linearUnitChangesAreCorrectlyRounded() {
        assertEquals(0.0059, PotencyScale.NM.convert(5.9, PotencyScale.UM));
        assertEquals(5900.0, PotencyScale.NM.convert(5.9, PotencyScale.PM));
        assertEquals(5.9e-9, PotencyScale.NM.convert(5.9, PotencyScale.M));
        assertEquals(400.0, PotencyScale.UM.convert(0.4, PotencyScale.NM));
    }

    @Test
    void pic50BackToNanomolar() {
        assertEquals(10.0, PotencyScale.P_X.convert(8.0, PotencyScale.NM), 1e-14);
        assertEquals(5.9, PotencyScale.P_X.convert(8.22914798835785580973934361546, PotencyScale.NM), 1e-14);
    }

    @Test
    void greaterThanIc50StaysGreaterInNanomolarAndBecomesLessInPic50() {
        ConvertedPotency inUm = PotencyConversion.between(PotencyScale.NM, PotencyScale.UM).apply(400,
            Qualifier.GREATER);
        assertEquals(0.4, inUm.value(), 0.0);
        assertEquals(Qualifier.GREATER, inUm.qualifier());

        ConvertedPotency inPx = PotencyConversion.between(PotencyScale.NM, PotencyScale.P_X).apply(400,
            Qualifier.GREATER);
        assertEquals(6.39794000867203760957252221055, inPx.value(), 1e-14);
        assertEquals(Qualifier.LESS, inPx.qualifier());

        ConvertedPotency backFromPx = PotencyConversion.between(PotencyScale.P_X, PotencyScale.NM)
            .apply(inPx.value(), inPx.qualifier());
        assertEquals(Qualifier.GREATER, backFromPx.qualifier());
        assertEquals(400, backFromPx.value(), 1e-11);
    }

    @Test
    void log10ScaleKeepsQualifierDirection() {
        ConvertedPotency p = PotencyConversion.between(PotencyScale.UM, PotencyScale.LOG10_M).apply(10,
            Qualifier.LESS_OR_EQUAL);
        assertEquals(-5.0, p.value(), 1e-15);
        assertEquals(Qualifier.LESS_OR_EQUAL, p.qualifier());
        ConvertedPotency px = PotencyConversion.between(PotencyScale.LOG10_M, PotencyScale.P_X).apply(-5.0,
            Qualifier.LESS_OR_EQUAL);
        assertEquals(5.0, px.value(), 0.0);
        assertEquals(Qualifier.GREATER_OR_EQUAL, px.qualifier());
    }

    /**
     * Hand-computed Cheng-Prusoff cases: Ki = IC50 / (1 + [S]/Km). IC50 100 nM at [ATP] 1 mM with Km,ATP 10 uM:
     * 1 + 1000/10 = 101, Ki = 0.990099... nM. [S] = Km halves the IC50. [S] = 0 leaves it unchanged.
     */
    @ParameterizedTest
    @CsvSource({"100, 1000, 10, 0.990099009900990099009900990099", "5.9, 40, 40, 2.95", "53, 0, 12, 53"})
    void chengPrusoffIc50ToKi(final double ic50, final double s, final double km, final double expectedKi) {
        PotencyConversion c = new PotencyConversion(PotencyScale.NM, PotencyScale.NM, ChengPrusoffMode.IC50_TO_KI);
        ConvertedPotency ki = c.apply(ic50, Qualifier.EQUAL, s, km);
        assertEquals(expectedKi, ki.value(), 1e-14 * expectedKi);
    }

    @Test
    void chengPrusoffKeepsTheQualifierAndWorksFromPx() {
        // >400 nM at [S] = 3 Km: Ki > 100 nM; as pKi < 7
        PotencyConversion toPki = new PotencyConversion(PotencyScale.NM, PotencyScale.P_X,
            ChengPrusoffMode.IC50_TO_KI);
        ConvertedPotency pki = toPki.apply(400, Qualifier.GREATER, 30, 10);
        assertEquals(7.0, pki.value(), 1e-14);
        assertEquals(Qualifier.LESS, pki.qualifier());

        PotencyConversion fromPx = new PotencyConversion(PotencyScale.P_X, PotencyScale.NM,
            ChengPrusoffMode.IC50_TO_KI);
        ConvertedPotency ki = fromPx.apply(6.39794000867203760957252221055, Qualifier.LESS, 30, 10);
        assertEquals(100.0, ki.value(), 1e-11);
        assertEquals(Qualifier.GREATER, ki.qualifier());
    }

    @Test
    void kiToIc50InvertsIc50ToKi() {
        double ki = ChengPrusoff.ki(5.9, 1000, 25);
        assertEquals(5.9, ChengPrusoff.ic50(ki, 1000, 25), 1e-14);
        PotencyConversion back = new PotencyConversion(PotencyScale.NM, PotencyScale.NM,
            ChengPrusoffMode.KI_TO_IC50);
        assertEquals(5.9, back.apply(ki, Qualifier.EQUAL, 1000, 25).value(), 1e-14);
    }

    @ParameterizedTest
    @CsvSource({"NaN, missing value", "0, must be > 0", "-3, must be > 0", "Infinity, infinite"})
    void impossibleLinearValuesGiveAReasonNotAnException(final double value, final String reason) {
        ConvertedPotency p = PotencyConversion.between(PotencyScale.NM, PotencyScale.P_X).apply(value,
            Qualifier.GREATER);
        assertFalse(p.isValid());
        assertTrue(Double.isNaN(p.value()));
        assertTrue(p.problem().orElseThrow().contains(reason), p.problem().orElseThrow());
        assertEquals(Qualifier.GREATER, p.qualifier(), "the input qualifier is kept on failure");
    }

    @Test
    void negativePxIsAValidValue() {
        // pX = -1 is 10 M: odd but representable
        assertEquals(10.0, PotencyConversion.between(PotencyScale.P_X, PotencyScale.M).apply(-1, Qualifier.EQUAL)
            .value(), 1e-14);
    }

    @ParameterizedTest
    @CsvSource(value = {"NaN, 10, [S] is missing", "1, NaN, Km is missing", "-1, 10, must be >= 0",
        "1, 0, Km must be > 0", "1, -2, Km must be > 0"}, nullValues = "null")
    void badChengPrusoffConditionsGiveAReason(final double s, final double km, final String reason) {
        PotencyConversion c = new PotencyConversion(PotencyScale.NM, PotencyScale.NM, ChengPrusoffMode.IC50_TO_KI);
        ConvertedPotency p = c.apply(10, Qualifier.EQUAL, s, km);
        assertTrue(p.problem().orElseThrow().contains(reason), p.problem().orElseThrow());
    }

    @Test
    void overflowingTargetScaleIsAProblemNotInfinity() {
        ConvertedPotency p = PotencyConversion.between(PotencyScale.P_X, PotencyScale.PM).apply(-400,
            Qualifier.EQUAL);
        assertFalse(p.isValid());
        ConvertedPotency tiny = PotencyConversion.between(PotencyScale.P_X, PotencyScale.M).apply(400,
            Qualifier.EQUAL);
        assertFalse(tiny.isValid(), "1e-400 M underflows to 0");
    }

    @Test
    void applyWithoutConditionsRefusesChengPrusoff() {
        PotencyConversion c = new PotencyConversion(PotencyScale.NM, PotencyScale.NM, ChengPrusoffMode.IC50_TO_KI);
        assertThrows(IllegalStateException.class, () -> c.apply(1, Qualifier.EQUAL));
    }
}
