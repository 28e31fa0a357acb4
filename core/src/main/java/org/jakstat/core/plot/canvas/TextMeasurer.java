package org.jakstat.core.plot.canvas;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures text with AWT font metrics (antialiased, fractional metrics, identity transform). Both backends and
 * all layout code measure here, so PNG and SVG place every label at the same coordinates. Works headless.
 */
public final class TextMeasurer {

    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    /** Ascent and descent come from this fixed sample so a label's box height does not depend on its letters. */
    private static final String METRICS_SAMPLE = "0Hgjy\u00b5";

    private static final String ELLIPSIS = "\u2026";

    private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();

    private TextMeasurer() {
    }

    static Font font(final double size, final boolean bold) {
        String key = (bold ? "b" : "p") + Double.toString(size);
        return FONTS.computeIfAbsent(key,
            k -> new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float)size));
    }

    /**
     * @param text the text
     * @param style its style
     * @return the advance width in pixels
     */
    public static double width(final String text, final TextStyle style) {
        if (text.isEmpty()) {
            return 0;
        }
        return style.font().getStringBounds(text, FRC).getWidth();
    }

    /**
     * @param style a text style
     * @return the distance from the baseline to the top of the text box, in pixels
     */
    public static double ascent(final TextStyle style) {
        return lineMetrics(style).getAscent();
    }

    /**
     * @param style a text style
     * @return the distance from the baseline to the bottom of the text box, in pixels
     */
    public static double descent(final TextStyle style) {
        return lineMetrics(style).getDescent();
    }

    /**
     * @param style a text style
     * @return the height of a line's box (ascent plus descent), in pixels
     */
    public static double height(final TextStyle style) {
        LineMetrics m = lineMetrics(style);
        return m.getAscent() + m.getDescent();
    }

    private static LineMetrics lineMetrics(final TextStyle style) {
        return style.font().getLineMetrics(METRICS_SAMPLE, FRC);
    }

    /**
     * How far below the anchor point the baseline lies, in the text's own (unrotated) frame.
     *
     * @param style the text style
     * @param anchor the anchor
     * @return the baseline offset in pixels
     */
    static double baselineOffset(final TextStyle style, final TextAnchor anchor) {
        return -anchor.vertical() * height(style) + ascent(style);
    }

    /**
     * The axis-aligned box a text occupies once anchored and rotated as {@link Canvas#text} draws it.
     *
     * @param text the text
     * @param x anchor x
     * @param y anchor y
     * @param style the style
     * @param anchor which point of the text box sits at (x, y)
     * @param rotationDegrees clockwise rotation about the anchor point
     * @return the bounding box
     */
    public static Box bounds(final String text, final double x, final double y, final TextStyle style,
        final TextAnchor anchor, final double rotationDegrees) {
        double w = width(text, style);
        double h = height(style);
        double left = -anchor.horizontal() * w;
        double top = -anchor.vertical() * h;
        double[] cornersX = {left, left + w, left + w, left};
        double[] cornersY = {top, top, top + h, top + h};
        double rad = Math.toRadians(rotationDegrees);
        double cos = Math.cos(rad);
        double sin = Math.sin(rad);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 4; i++) {
            double rx = x + cornersX[i] * cos - cornersY[i] * sin;
            double ry = y + cornersX[i] * sin + cornersY[i] * cos;
            minX = Math.min(minX, rx);
            maxX = Math.max(maxX, rx);
            minY = Math.min(minY, ry);
            maxY = Math.max(maxY, ry);
        }
        return Box.fromEdges(minX, minY, maxX, maxY);
    }

    /**
     * Shortens a text with a trailing ellipsis until it fits a width; used as the last resort after shrinking the
     * font, so no label is ever cut off by the image edge.
     *
     * @param text the text
     * @param style its style
     * @param maxWidth the available width in pixels
     * @return the text itself when it fits, else the longest prefix plus "…" that fits (possibly just "…")
     */
    public static String truncated(final String text, final TextStyle style, final double maxWidth) {
        if (width(text, style) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0) {
            end = text.offsetByCodePoints(end, -1);
            String candidate = text.substring(0, end).stripTrailing() + ELLIPSIS;
            if (width(candidate, style) <= maxWidth) {
                return candidate;
            }
        }
        return ELLIPSIS;
    }
}
