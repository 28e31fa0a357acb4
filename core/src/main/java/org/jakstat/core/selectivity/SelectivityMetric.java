package org.jakstat.core.selectivity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One panel-wide selectivity metric of one compound: its value with a qualifier, or no value when the data leave
 * it undetermined, and notes saying why it is a bound or undetermined.
 *
 * @param name the metric's name as used in column names, e.g. "Selectivity entropy"
 * @param value the value ('=' exact, '&lt;=' or '&gt;=' a bound), empty when undetermined
 * @param notes why the value is a bound or missing, and which data it used; empty when nothing to say
 */
public record SelectivityMetric(String name, Optional<CensoredValue> value, List<String> notes) {

    /** Requires the parts and copies the notes. */
    public SelectivityMetric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        notes = List.copyOf(notes);
    }

    static SelectivityMetric of(final String name, final CensoredValue value, final List<String> notes) {
        return new SelectivityMetric(name, Optional.of(value), notes);
    }

    static SelectivityMetric undetermined(final String name, final String reason) {
        return new SelectivityMetric(name, Optional.empty(), List.of(reason));
    }

    /** @return true when the metric has a value (exact or a bound) */
    public boolean isDetermined() {
        return value.isPresent();
    }
}
