package org.jakstat.core.timecourse;

import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a setting's choice as users and command lines write it: the label the dialog shows ({@code "% inhibition"},
 * case-insensitive) or the constant's name with '-', '/' or ' ' for '_' ({@code percent-inhibition}).
 */
final class Choices {

    private Choices() {
    }

    /**
     * @param values the choices
     * @param label each choice's label
     * @param text what the user wrote, may be null
     * @param <E> the choice type
     * @return the choice, empty when the text names none
     */
    static <E extends Enum<E>> Optional<E> parse(final E[] values, final Function<E, String> label,
        final String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        String name = t.replace('-', '_').replace('/', '_').replace(' ', '_');
        for (E e : values) {
            if (label.apply(e).equalsIgnoreCase(t) || e.name().equalsIgnoreCase(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
