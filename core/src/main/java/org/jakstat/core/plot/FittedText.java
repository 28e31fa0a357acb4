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

    static FittedText fit(final String text, final TextStyle style, final double maxWidth) {
        double width = TextMeasurer.width(text, style);
        if (width <= maxWidth) {
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
