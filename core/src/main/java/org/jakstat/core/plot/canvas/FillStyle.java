package org.jakstat.core.plot.canvas;

import java.util.Objects;

/**
 * How an area is filled.
 *
 * @param color the colour
 * @param opacity 0 (invisible) to 1 (opaque); confidence bands use about 0.2
 */
public record FillStyle(RgbColor color, double opacity) {

    /** Validates the opacity. */
    public FillStyle {
        Objects.requireNonNull(color, "color");
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be in [0, 1], got " + opacity);
        }
    }

    /**
     * @param color the colour
     * @return an opaque fill
     */
    public static FillStyle opaque(final RgbColor color) {
        return new FillStyle(color, 1);
    }
}
