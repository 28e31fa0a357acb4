package org.jakstat.core.pkpd;

import java.util.Optional;

/**
 * A choice users make by name: a dialog shows its {@link #label()}, the command line takes its {@link #keyword()}.
 * Implemented by the enums of this package that front ends offer (models, observed quantity, weighting).
 */
public interface NamedChoice {

    /** @return the name shown in dialogs, e.g. "One-compartment" */
    String label();

    /** @return the short name used on the command line, e.g. "one" */
    String keyword();

    /** @return the Java constant's name (enums implement it) */
    String name();

    /**
     * @param <E> the enum
     * @param values its constants
     * @param text a label, keyword or constant name as a user typed it, any case, surrounding blanks ignored
     * @return the matching constant, empty when none matches (or text is null)
     */
    static <E extends Enum<E> & NamedChoice> Optional<E> parse(final E[] values, final String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (E e : values) {
            if (e.label().equalsIgnoreCase(t) || e.keyword().equalsIgnoreCase(t) || e.name().equalsIgnoreCase(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
