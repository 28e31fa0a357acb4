package org.jakstat.core.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a result table: a number, a whole number, a text, or a missing value that may say why it is
 * missing (an undetermined fold carries "undetermined: ... so any fold is possible"). A node writes the reason into
 * KNIME's missing cell; a CSV leaves the field empty, so every reason a user needs must also stand in a column
 * (a note or reason column) of the layout.
 */
public sealed interface ResultValue permits ResultValue.NumberValue, ResultValue.IntegerValue,
    ResultValue.TextValue, ResultValue.MissingValue {

    /** @return the kind of column this value fits; empty for a missing value, which fits any column */
    Optional<ColumnKind> kind();

    /**
     * A floating-point number (NaN and infinities allowed, as in a KNIME double cell).
     *
     * @param value the number
     */
    record NumberValue(double value) implements ResultValue {

        @Override
        public Optional<ColumnKind> kind() {
            return Optional.of(ColumnKind.NUMBER);
        }
    }

    /**
     * A whole number.
     *
     * @param value the number
     */
    record IntegerValue(int value) implements ResultValue {

        @Override
        public Optional<ColumnKind> kind() {
            return Optional.of(ColumnKind.INTEGER);
        }
    }

    /**
     * A text.
     *
     * @param text the text, not null
     */
    record TextValue(String text) implements ResultValue {

        /** Requires the text. */
        public TextValue {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Optional<ColumnKind> kind() {
            return Optional.of(ColumnKind.TEXT);
        }
    }

    /**
     * A missing value.
     *
     * @param reason why it is missing, when there is something to say (may be an empty text, which KNIME keeps as
     *            such)
     */
    record MissingValue(Optional<String> reason) implements ResultValue {

        /** Requires the (possibly empty) reason. */
        public MissingValue {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<ColumnKind> kind() {
            return Optional.empty();
        }
    }

    /**
     * @param value a number
     * @return the number as a value
     */
    static ResultValue number(final double value) {
        return new NumberValue(value);
    }

    /**
     * @param value a whole number
     * @return the whole number as a value
     */
    static ResultValue integer(final int value) {
        return new IntegerValue(value);
    }

    /**
     * @param text a text, not null
     * @return the text as a value
     */
    static ResultValue text(final String text) {
        return new TextValue(text);
    }

    /** @return a missing value without a reason */
    static ResultValue missing() {
        return new MissingValue(Optional.empty());
    }

    /**
     * @param reason why the value is missing
     * @return a missing value carrying the reason
     */
    static ResultValue missing(final String reason) {
        return new MissingValue(Optional.of(reason));
    }

    /**
     * @param text a text, or empty
     * @return the text, or a missing value (without a reason) when empty
     */
    static ResultValue textOrMissing(final Optional<String> text) {
        return text.map(ResultValue::text).orElseGet(ResultValue::missing);
    }

    /**
     * @param parts notes or other texts, possibly none
     * @return the parts joined by "; ", or a missing value (without a reason) when there are none
     */
    static ResultValue joined(final List<String> parts) {
        return parts.isEmpty() ? missing() : text(String.join("; ", parts));
    }

    /** @return true for a missing value */
    default boolean isMissing() {
        return this instanceof MissingValue;
    }
}
