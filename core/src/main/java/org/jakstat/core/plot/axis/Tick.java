package org.jakstat.core.plot.axis;

import java.util.Objects;

/**
 * One tick mark on an axis.
 *
 * @param value the data value where the tick stands
 * @param label the text written at a major tick; empty for a minor tick
 * @param major true for a labelled tick, false for a minor one (e.g. 2..9 within a decade)
 */
public record Tick(double value, String label, boolean major) {

    /** Validates the value and that only major ticks carry labels. */
    public Tick {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a tick needs a finite value, got " + value);
        }
        if (!major && !label.isEmpty()) {
            throw new IllegalArgumentException("a minor tick has no label");
        }
    }

    /**
     * @param value the value
     * @return a minor (unlabelled) tick
     */
    public static Tick minor(final double value) {
        return new Tick(value, "", false);
    }
}
