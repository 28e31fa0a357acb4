package org.jakstat.core.selectivity;

import java.util.Optional;

import org.jakstat.core.table.ResultValue;

/**
 * Writes censored values as a value column and a qualifier column: the number, and its qualifier symbol ('=', '~',
 * '&lt;', '&lt;=', '&gt;', '&gt;='). A value the censoring leaves undetermined is missing, carrying the reason, never
 * a number.
 */
final class CensoredResults {

    private CensoredResults() {
    }

    /**
     * @param value the value, or empty when undetermined
     * @param reason why it is undetermined (used only then)
     * @return the number, or a missing value with the reason
     */
    static ResultValue value(final Optional<CensoredValue> value, final String reason) {
        return value.map(v -> ResultValue.number(v.value())).orElseGet(() -> ResultValue.missing(reason));
    }

    /**
     * @param value the value, or empty when undetermined
     * @return the qualifier symbol, or a missing value when undetermined
     */
    static ResultValue qualifier(final Optional<CensoredValue> value) {
        return value.map(v -> ResultValue.text(v.qualifier().symbol())).orElseGet(ResultValue::missing);
    }
}
