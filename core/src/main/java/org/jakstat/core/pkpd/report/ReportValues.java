package org.jakstat.core.pkpd.report;

import org.jakstat.core.table.ResultValue;

/** The two conversions every PK/PD result row needs: a number or a text that may be undefined, with the reason. */
final class ReportValues {

    private ReportValues() {
    }

    /**
     * @param value a number
     * @param reasonIfUndefined the reason when it is NaN or infinite
     * @return the number, or a missing value with the reason
     */
    static ResultValue number(final double value, final String reasonIfUndefined) {
        return Double.isFinite(value) ? ResultValue.number(value) : ResultValue.missing(reasonIfUndefined);
    }

    /**
     * @param value a text, null for none
     * @param reasonIfNull the reason when it is null
     * @return the text, or a missing value with the reason
     */
    static ResultValue text(final String value, final String reasonIfNull) {
        return value != null ? ResultValue.text(value) : ResultValue.missing(reasonIfNull);
    }
}
