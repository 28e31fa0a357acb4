package org.jakstat.core.plot.axis;

import java.util.Objects;

/**
 * Maps data values to pixel positions along one axis and back. For a y axis pass the bottom pixel as
 * {@code pixelAtMin}: pixels grow downwards, values upwards.
 *
 * @param scale linear or log10
 * @param range the data interval shown; strictly positive for a log axis
 * @param pixelAtMin the pixel where {@code range.min()} lies
 * @param pixelAtMax the pixel where {@code range.max()} lies, different from {@code pixelAtMin}
 */
public record AxisMapping(AxisScale scale, AxisRange range, double pixelAtMin, double pixelAtMax) {

    /** Validates that the mapping is invertible. */
    public AxisMapping {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(range, "range");
        if (scale == AxisScale.LOG10 && !(range.min() > 0)) {
            throw new IllegalArgumentException("a log axis needs a range above 0, got [" + range.min() + ", "
                + range.max() + "]");
        }
        if (!Double.isFinite(pixelAtMin) || !Double.isFinite(pixelAtMax) || pixelAtMin == pixelAtMax) {
            throw new IllegalArgumentException("the pixel ends must be finite and distinct, got " + pixelAtMin
                + " and " + pixelAtMax);
        }
    }

    /**
     * @param value a data value
     * @return its pixel position (outside the pixel ends when outside the range), or NaN when the value cannot
     *         be placed (not finite, or &le; 0 on a log axis)
     */
    public double toPixel(final double value) {
        if (!scale.accepts(value)) {
            return Double.NaN;
        }
        double lo = scale.forward(range.min());
        double hi = scale.forward(range.max());
        return pixelAtMin + (scale.forward(value) - lo) / (hi - lo) * (pixelAtMax - pixelAtMin);
    }

    /**
     * @param pixel a pixel position
     * @return the data value at that position (the inverse of {@link #toPixel})
     */
    public double toData(final double pixel) {
        double lo = scale.forward(range.min());
        double hi = scale.forward(range.max());
        return scale.inverse(lo + (pixel - pixelAtMin) / (pixelAtMax - pixelAtMin) * (hi - lo));
    }
}
