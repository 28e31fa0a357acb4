package org.jakstat.core.plot;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.jakstat.core.plot.canvas.RgbColor;

/**
 * A dashed marker line at a fixed value with a label, e.g. the IC50. A vertical line rises from the x axis, a
 * horizontal one runs from the y axis; by default across the whole plot, or up to {@code endAt} to draw Prism's
 * "drop lines" (IC50 at 50 %: a vertical line from the x axis up to y = 50).
 *
 * @param orientation vertical (at an x value) or horizontal (at a y value)
 * @param value where the line stands, in data units
 * @param label the text beside the line, e.g. "IC50 = 12 nM"; may be empty
 * @param endAt the other coordinate at which the line stops (y for a vertical line, x for a horizontal one),
 *            or empty to cross the whole plot
 * @param color a fixed colour, or empty for dark grey
 */
public record ReferenceLine(Orientation orientation, double value, String label, OptionalDouble endAt,
    Optional<RgbColor> color) {

    /** Which way the line runs. */
    public enum Orientation {
        /** at an x value */
        VERTICAL,
        /** at a y value */
        HORIZONTAL
    }

    /** Validates the components. */
    public ReferenceLine {
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(endAt, "endAt");
        Objects.requireNonNull(color, "color");
    }

    /**
     * @param x the x value
     * @param label the label
     * @return a vertical line across the plot
     */
    public static ReferenceLine vertical(final double x, final String label) {
        return new ReferenceLine(Orientation.VERTICAL, x, label, OptionalDouble.empty(), Optional.empty());
    }

    /**
     * @param y the y value
     * @param label the label
     * @return a horizontal line across the plot
     */
    public static ReferenceLine horizontal(final double y, final String label) {
        return new ReferenceLine(Orientation.HORIZONTAL, y, label, OptionalDouble.empty(), Optional.empty());
    }

    /**
     * @param other where the line stops on the other axis
     * @return this line as a drop line ending there
     */
    public ReferenceLine withEndAt(final double other) {
        return new ReferenceLine(orientation, value, label, OptionalDouble.of(other), color);
    }

    /**
     * @param newColor the colour, e.g. the series' colour
     * @return this line in that colour
     */
    public ReferenceLine withColor(final RgbColor newColor) {
        return new ReferenceLine(orientation, value, label, endAt, Optional.of(newColor));
    }
}
