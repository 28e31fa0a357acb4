package org.jakstat.core.pkpd.report;

/** One cell of a {@link ReportTable}: a number, an integer, a text, or a missing value with its reason. */
public sealed interface ReportCell {

    /** A missing value that needs no reason: nothing to report (e.g. the reason column of a row without problems). */
    Missing NONE = new Missing("");

    /**
     * A number.
     *
     * @param value a finite double
     */
    record Number(double value) implements ReportCell {
    }

    /**
     * An integer.
     *
     * @param value the value
     */
    record Whole(int value) implements ReportCell {
    }

    /**
     * A text.
     *
     * @param value the text, never null
     */
    record Text(String value) implements ReportCell {
    }

    /**
     * A missing value.
     *
     * @param reason why there is no value, for users; empty when there is nothing to report ({@link #NONE})
     */
    record Missing(String reason) implements ReportCell {
    }

    /**
     * @param value a number
     * @param reasonIfUndefined the reason when it is NaN or infinite
     * @return the number, or a missing cell with the reason
     */
    static ReportCell number(final double value, final String reasonIfUndefined) {
        return Double.isFinite(value) ? new Number(value) : new Missing(reasonIfUndefined);
    }

    /**
     * @param value a text, null for missing
     * @param reasonIfNull the reason when it is null
     * @return the text, or a missing cell with the reason
     */
    static ReportCell text(final String value, final String reasonIfNull) {
        return value != null ? new Text(value) : new Missing(reasonIfNull);
    }
}
