package org.jakstat.core.plot.canvas;

import java.util.Objects;

/**
 * How a line is stroked.
 *
 * @param color the colour
 * @param width the width in pixels, &gt; 0
 * @param dash the dash pattern
 * @param opacity 0 (invisible) to 1 (opaque)
 */
public record LineStyle(RgbColor color, double width, Dash dash, double opacity) {

    /** Validates width and opacity. */
    public LineStyle {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(dash, "dash");
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("line width must be finite and > 0, got " + width);
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be in [0, 1], got " + opacity);
        }
    }

    /**
     * @param color the colour
     * @param width the width in pixels
     * @return an opaque solid line
     */
    public static LineStyle solid(final RgbColor color, final double width) {
        return new LineStyle(color, width, Dash.SOLID, 1);
    }

    /**
     * @param newDash the dash pattern
     * @return this style with another dash pattern
     */
    public LineStyle withDash(final Dash newDash) {
        return new LineStyle(color, width, newDash, opacity);
    }
}
