package org.jakstat.core.plot.canvas;

import java.awt.Font;
import java.util.Objects;

/**
 * How text is written. The family is always Java's logical {@link Font#SANS_SERIF}, which exists on every JDK,
 * so layout never depends on an installed font name.
 *
 * @param size the font size in pixels, &gt; 0
 * @param bold whether the text is bold
 * @param color the colour
 */
public record TextStyle(double size, boolean bold, RgbColor color) {

    /** Validates the size. */
    public TextStyle {
        Objects.requireNonNull(color, "color");
        if (!(size > 0) || !Double.isFinite(size)) {
            throw new IllegalArgumentException("font size must be finite and > 0, got " + size);
        }
    }

    /**
     * @param size the font size in pixels
     * @return plain black text
     */
    public static TextStyle plain(final double size) {
        return new TextStyle(size, false, RgbColor.BLACK);
    }

    /**
     * @param newSize the font size in pixels
     * @return this style at another size
     */
    public TextStyle withSize(final double newSize) {
        return new TextStyle(newSize, bold, color);
    }

    /**
     * @param newColor the colour
     * @return this style in another colour
     */
    public TextStyle withColor(final RgbColor newColor) {
        return new TextStyle(size, bold, newColor);
    }

    /**
     * @param isBold whether the text is bold
     * @return this style, bold or not
     */
    public TextStyle withBold(final boolean isBold) {
        return new TextStyle(size, isBold, color);
    }

    /** @return the AWT font for this style */
    Font font() {
        return TextMeasurer.font(size, bold);
    }
}
