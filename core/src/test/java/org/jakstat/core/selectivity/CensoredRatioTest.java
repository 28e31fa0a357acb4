package org.jakstat.core.selectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.jakstat.core.potency.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The full table of qualifier pairs for a fold N/D: 6 x 6 = 36 cases, written out as the specification (the
 * reasoning is in {@link CensoredRatio}'s Javadoc; {@code CensoredRatioPropertyTest} checks each entry against
 * random true values).
 */
class CensoredRatioTest {

    @ParameterizedTest(name = "{0} over {1} gives {2}")
    @CsvSource({
        "'=','=','='", "'=','~','~'", "'=','<','>'", "'=','<=','>='", "'=','>','<'", "'=','>=','<='",
        "'~','=','~'", "'~','~','~'", "'~','<','>'", "'~','<=','>='", "'~','>','<'", "'~','>=','<='",
        "'>','=','>'", "'>','~','>'", "'>','<','>'", "'>','<=','>'", "'>','>',undetermined",
        "'>','>=',undetermined",
        "'>=','=','>='", "'>=','~','>='", "'>=','<','>'", "'>=','<=','>='", "'>=','>',undetermined",
        "'>=','>=',undetermined",
        "'<','=','<'", "'<','~','<'", "'<','<',undetermined", "'<','<=',undetermined", "'<','>','<'",
        "'<','>=','<'",
        "'<=','=','<='", "'<=','~','<='", "'<=','<',undetermined", "'<=','<=',undetermined", "'<=','>','<'",
        "'<=','>=','<='"})
    void qualifierOfARatioFollowsTheTable(final String numerator, final String denominator, final String expected) {
        Optional<Qualifier> q = CensoredRatio.qualifier(Qualifier.parse(numerator).orElseThrow(),
            Qualifier.parse(denominator).orElseThrow());
        assertEquals(expected, q.map(Qualifier::symbol).orElse("undetermined"));
    }

    /** The example: baricitinib JAK3 '&gt;400 nM' over JAK1 '=5.9 nM' (EU SmPC 5.1) gives '&gt;67.8'. */
    @Test
    void censoredOffTargetOverExactReferenceGivesALowerBound() {
        CensoredValue fold = CensoredRatio.of(new CensoredValue(400, Qualifier.GREATER), CensoredValue.exact(5.9))
            .orElseThrow();
        assertEquals(Qualifier.GREATER, fold.qualifier());
        assertEquals(67.8, fold.value(), 0.05);
        assertEquals(400 / 5.9, fold.value(), 0.0);
    }

    @Test
    void exactOverUpperBoundGivesALowerBound() {
        CensoredValue fold = CensoredRatio.of(CensoredValue.exact(50), new CensoredValue(1, Qualifier.LESS))
            .orElseThrow();
        assertEquals(new CensoredValue(50, Qualifier.GREATER), fold);
    }

    @Test
    void twoLowerBoundsAreUndetermined() {
        CensoredValue a = new CensoredValue(400, Qualifier.GREATER);
        CensoredValue b = new CensoredValue(10000, Qualifier.GREATER);
        assertTrue(CensoredRatio.of(a, b).isEmpty());
    }

    @Test
    void refusesNonPositiveValues() {
        assertThrows(IllegalArgumentException.class,
            () -> CensoredRatio.of(CensoredValue.exact(0), CensoredValue.exact(1)));
        assertThrows(IllegalArgumentException.class, () -> CensoredValue.exact(Double.NaN));
    }

    @Test
    void overflowingRatioIsUndeterminedNotInfinite() {
        assertTrue(CensoredRatio.of(CensoredValue.exact(1e300), CensoredValue.exact(1e-300)).isEmpty());
    }
}
