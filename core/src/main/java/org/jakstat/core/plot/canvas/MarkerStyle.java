package org.jakstat.core.plot.canvas;

import java.util.Objects;

/**
 * How a data point is drawn. Hollow markers show the outline only; crossed markers carry an X through them,
 * the convention for excluded points and outliers.
 *
 * @param shape the outline
 * @param size nominal diameter in pixels, &gt; 0
 * @param color outline and fill colour
 * @param filled true for a solid marker, false for an outline
 * @param crossed true to draw an X through the marker
 * @param lineWidth outline width in pixels, &gt; 0
 */
public record MarkerStyle(MarkerShape shape, double size, RgbColor color, boolean filled, boolean crossed,
    double lineWidth) {

    /** Validates sizes. */
    public MarkerStyle {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(color, "color");
        if (!(size > 0) || !Double.isFinite(size)) {
            throw new IllegalArgumentException("marker size must be finite and > 0, got " + size);
        }
        if (!(lineWidth > 0) || !Double.isFinite(lineWidth)) {
            throw new IllegalArgumentException("marker line width must be finite and > 0, got " + lineWidth);
        }
    }

    /**
     * @param shape the outline
     * @param size nominal diameter in pixels
     * @param color the colour
     * @return a solid marker
     */
    public static MarkerStyle filled(final MarkerShape shape, final double size, final RgbColor color) {
        return new MarkerStyle(shape, size, color, true, false, Math.max(1, size / 6));
    }

    /** @return this marker as an outline with an X through it, for excluded points */
    public MarkerStyle excluded() {
        return new MarkerStyle(shape, size, color, false, true, lineWidth);
    }

    /** @return this marker as an outline */
    public MarkerStyle hollow() {
        return new MarkerStyle(shape, size, color, false, crossed, lineWidth);
    }
}
