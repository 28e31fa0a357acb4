package org.jakstat.core.plot;

import org.jakstat.core.plot.canvas.TextMeasurer;
import org.jakstat.core.plot.canvas.TextStyle;

/**
 * A text made to fit a width: first the font shrinks (to three quarters of its size, not below 7 px), then the
 * text is cut with an ellipsis. Titles and labels never run off the image.
 *
 * @param text the text to draw
 * @param style the style to draw it in
 */
record FittedText(String text, TextStyle style) {

    private static final double MIN_SHRINK = 0.75;

    private static final double MIN_SIZE = 7;

    /**
     * Pixels of slack: a room computed as (box width - margins) from a box sized (margins + text width) can come out
     * a rounding error short of the text width, which must not cut the text (the widest legend label was cut so).
     */
    private static final double SLACK = 1e-6;

    static FittedText fit(final String text, final TextStyle style, final double maxWidth) {
        double width = TextMeasurer.width(text, style);
        if (width <= maxWidth + SLACK) {
            return new FittedText(text, style);
        }
        double size = Math.max(Math.min(style.size(), MIN_SIZE), Math.max(style.size() * MIN_SHRINK,
            style.size() * maxWidth / width));
        TextStyle smaller = style.withSize(size);
        return new FittedText(TextMeasurer.truncated(text, smaller, Math.max(0, maxWidth)), smaller);
    }

    double width() {
        return TextMeasurer.width(text, style);
    }

    double height() {
        return TextMeasurer.height(style);
    }
}
