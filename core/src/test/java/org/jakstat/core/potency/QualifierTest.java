package org.jakstat.core.potency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QualifierTest {

    @ParameterizedTest
    @CsvSource(value = {"'=',EQUAL", "'',EQUAL", "'  ',EQUAL", "'<',LESS", "'<=',LESS_OR_EQUAL",
        "'\u2264',LESS_OR_EQUAL", "'>',GREATER", "' > ',GREATER", "'>=',GREATER_OR_EQUAL", "'~',APPROXIMATE",
        "'\u2248',APPROXIMATE", "'==',EQUAL"})
    void parsesTableSymbols(final String text, final Qualifier expected) {
        assertEquals(Optional.of(expected), Qualifier.parse(text));
    }

    @Test
    void missingTextMeansEqual() {
        assertEquals(Optional.of(Qualifier.EQUAL), Qualifier.parse(null));
    }

    @Test
    void unknownTextIsRefused() {
        assertTrue(Qualifier.parse("about").isEmpty());
        assertTrue(Qualifier.parse("<>").isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Qualifier.class)
    void mirroringTwiceIsIdentityAndSymbolsRoundTrip(final Qualifier q) {
        assertEquals(q, q.mirrored().mirrored());
        assertEquals(Optional.of(q), Qualifier.parse(q.symbol()));
        assertEquals(q.isLowerBound(), q.mirrored().isUpperBound());
    }
}
