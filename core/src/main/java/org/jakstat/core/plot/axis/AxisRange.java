package org.jakstat.core.plot.axis;

/**
 * The data interval an axis shows.
 *
 * @param min lower end, finite
 * @param max upper end, finite and &gt; {@code min}
 */
public record AxisRange(double min, double max) {

    /** Validates the interval. */
    public AxisRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !Double.isFinite(max - min)) {
            throw new IllegalArgumentException("an axis range must be finite, got [" + min + ", " + max + "]");
        }
        if (!(min < max)) {
            throw new IllegalArgumentException("an axis range needs min < max, got [" + min + ", " + max + "]");
        }
    }

    /**
     * @param value a value
     * @return true when {@code min <= value <= max}
     */
    public boolean contains(final double value) {
        return value >= min && value <= max;
    }
}
