package org.jakstat.core.timecourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Settings choices read as dialogs show them (labels) and as command lines write them (names with dashes). */
class ChoicesTest {

    @ParameterizedTest
    @CsvSource({"% inhibition, PERCENT_INHIBITION", "percent-inhibition, PERCENT_INHIBITION",
        "placebo-adjusted, PLACEBO_ADJUSTED", "placebo-adjusted change, PLACEBO_ADJUSTED", "RAW, RAW",
        "change from baseline, CHANGE_FROM_BASELINE"})
    void readsNormalisations(final String text, final Normalization expected) {
        assertEquals(Optional.of(expected), Normalization.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"Imax, RMAX", "rmax, RMAX", "AUEC net, AUEC_NET", "auec-above-baseline, AUEC_ABOVE_BASELINE",
        "Return to baseline, RETURN_TO_BASELINE"})
    void readsMetrics(final String text, final PdMetric expected) {
        assertEquals(Optional.of(expected), PdMetric.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"linear-up/log-down, LINEAR_UP_LOG_DOWN", "log-down, LINEAR_UP_LOG_DOWN", "Linear, LINEAR"})
    void readsAuecMethods(final String text, final AuecMethod expected) {
        assertEquals(Optional.of(expected), AuecMethod.parse(text));
    }

    @ParameterizedTest
    @EnumSource(TimeUnit.class)
    void everyLabelReadsBack(final TimeUnit unit) {
        assertEquals(Optional.of(unit), TimeUnit.parse(" " + unit.label() + " "));
        assertEquals(Optional.of(unit), TimeUnit.parse(unit.name().toLowerCase(java.util.Locale.ROOT)));
    }

    @ParameterizedTest
    @CsvSource({"sigmoid, SIGMOID_EMAX", "emax, EMAX", "Emax (Hill = 1), EMAX"})
    void readsDoseModels(final String text, final DoseModel expected) {
        assertEquals(Optional.of(expected), DoseModel.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"fortnight", "percent", "''", "above-ish"})
    void unknownTextsAreEmpty(final String text) {
        assertTrue(TimeUnit.parse(text).isEmpty() && Normalization.parse(text).isEmpty()
            && EffectSide.parse(text).isEmpty() && PdMetric.parse(text).isEmpty());
        assertTrue(AuecMethod.parse(null).isEmpty());
    }
}
