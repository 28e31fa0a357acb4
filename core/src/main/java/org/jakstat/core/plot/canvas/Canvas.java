package org.jakstat.core.plot.canvas;

import java.util.Arrays;
import java.util.Objects;

/**
 * A drawing surface for charts. The public methods validate and decompose what they are asked to draw (gaps
 * at non-finite coordinates, marker outlines, error bar caps, text placement) once, here, so the backends
 * only implement a handful of primitives and draw exactly the same geometry.
 *
 * <p>Non-finite coordinates never throw: a polyline breaks into runs at them, and a marker, text or error bar
 * at a non-finite position is skipped. Callers that must report such values count them before drawing.
 */
public abstract class Canvas {

    private final double m_width;

    private final double m_height;

    /**
     * @param width nominal width in pixels
     * @param height nominal height in pixels
     */
    protected Canvas(final double width, final double height) {
        if (!(width > 0 && height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a canvas needs a positive size, got " + width + " x " + height);
        }
        m_width = width;
        m_height = height;
    }

    /** @return the nominal width in pixels */
    public final double width() {
        return m_width;
    }

    /** @return the nominal height in pixels */
    public final double height() {
        return m_height;
    }

    /** @return the whole canvas as a box */
    public final Box bounds() {
        return new Box(0, 0, m_width, m_height);
    }

    /**
     * Draws a straight line; skipped when an end is not finite.
     *
     * @param x1 start x
     * @param y1 start y
     * @param x2 end x
     * @param y2 end y
     * @param style the stroke
     */
    public final void line(final double x1, final double y1, final double x2, final double y2,
        final LineStyle style) {
        polyline(new double[]{x1, x2}, new double[]{y1, y2}, style);
    }

    /**
     * Draws connected line segments. A vertex with a non-finite coordinate is a gap: the line breaks there.
     *
     * @param xs x coordinates
     * @param ys y coordinates, as many as {@code xs}
     * @param style the stroke
     */
    public final void polyline(final double[] xs, final double[] ys, final LineStyle style) {
        checkSameLength(xs, ys);
        Objects.requireNonNull(style, "style");
        int i = 0;
        while (i < xs.length) {
            while (i < xs.length && !isFinite(xs[i], ys[i])) {
                i++;
            }
            int start = i;
            while (i < xs.length && isFinite(xs[i], ys[i])) {
                i++;
            }
            if (i - start >= 2) {
                strokePath(Arrays.copyOfRange(xs, start, i), Arrays.copyOfRange(ys, start, i), false, style);
            }
        }
    }

    /**
     * Fills a polygon; vertices with a non-finite coordinate are left out.
     *
     * @param xs x coordinates
     * @param ys y coordinates, as many as {@code xs}
     * @param fill the fill
     */
    public final void polygon(final double[] xs, final double[] ys, final FillStyle fill) {
        checkSameLength(xs, ys);
        Objects.requireNonNull(fill, "fill");
        int n = 0;
        double[] fx = new double[xs.length];
        double[] fy = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            if (isFinite(xs[i], ys[i])) {
                fx[n] = xs[i];
                fy[n] = ys[i];
                n++;
            }
        }
        if (n >= 3) {
            fillPath(Arrays.copyOf(fx, n), Arrays.copyOf(fy, n), fill);
        }
    }

    /**
     * @param box the rectangle
     * @param fill the fill
     */
    public final void rectangle(final Box box, final FillStyle fill) {
        polygon(cornersX(box), cornersY(box), fill);
    }

    /**
     * @param box the rectangle
     * @param style the stroke of its outline
     */
    public final void outline(final Box box, final LineStyle style) {
        strokePath(cornersX(box), cornersY(box), true, style);
    }

    /**
     * Draws a point marker centred on (x, y); skipped when the position is not finite.
     *
     * @param x centre x
     * @param y centre y
     * @param style the marker
     */
    public final void marker(final double x, final double y, final MarkerStyle style) {
        if (!isFinite(x, y)) {
            return;
        }
        FillStyle fill = FillStyle.opaque(style.color());
        LineStyle stroke = LineStyle.solid(style.color(), style.lineWidth());
        if (style.shape() == MarkerShape.CIRCLE) {
            double r = style.size() / 2;
            if (style.filled()) {
                fillCircle(x, y, r, fill);
            } else {
                strokeCircle(x, y, r - style.lineWidth() / 2, stroke);
            }
        } else {
            double[][] v = style.shape().vertices(x, y, style.size());
            if (style.filled()) {
                fillPath(v[0], v[1], fill);
            } else {
                strokePath(v[0], v[1], true, stroke);
            }
        }
        if (style.crossed()) {
            // the arms reach past the outline, so the X reads as an X and not as a filled blob at small sizes
            double c = style.size() * 0.85;
            LineStyle thin = LineStyle.solid(style.color(), Math.max(0.75, style.lineWidth() * 0.7));
            strokePath(new double[]{x - c, x + c}, new double[]{y - c, y + c}, false, thin);
            strokePath(new double[]{x - c, x + c}, new double[]{y + c, y - c}, false, thin);
        }
    }

    /**
     * Draws a vertical error bar with caps; skipped when any coordinate is not finite. A one-sided bar passes
     * the point's own y as one end.
     *
     * @param x the bar's x
     * @param low y of the lower end
     * @param high y of the upper end
     * @param capWidth width of the caps in pixels (0 for none)
     * @param style the stroke
     */
    public final void errorBar(final double x, final double low, final double high, final double capWidth,
        final LineStyle style) {
        if (!Double.isFinite(x) || !Double.isFinite(low) || !Double.isFinite(high)) {
            return;
        }
        strokePath(new double[]{x, x}, new double[]{low, high}, false, style);
        if (capWidth > 0) {
            double c = capWidth / 2;
            strokePath(new double[]{x - c, x + c}, new double[]{low, low}, false, style);
            strokePath(new double[]{x - c, x + c}, new double[]{high, high}, false, style);
        }
    }

    /**
     * Writes one line of text; skipped when the position is not finite or the text is empty.
     *
     * @param text the text (any Unicode; the SVG backend escapes it)
     * @param x anchor x
     * @param y anchor y
     * @param style font size, weight and colour
     * @param anchor which point of the text box sits at (x, y)
     * @param rotationDegrees clockwise rotation about the anchor, e.g. -90 for a y axis title
     */
    public final void text(final String text, final double x, final double y, final TextStyle style,
        final TextAnchor anchor, final double rotationDegrees) {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(anchor, "anchor");
        if (text.isEmpty() || !isFinite(x, y) || !Double.isFinite(rotationDegrees)) {
            return;
        }
        drawText(text, x, y, style, anchor, rotationDegrees);
    }

    /**
     * Runs drawing code with output clipped to a box (nesting intersects the boxes).
     *
     * @param clip the visible area
     * @param drawing the drawing code
     */
    public final void clipped(final Box clip, final Runnable drawing) {
        pushClip(clip);
        try {
            drawing.run();
        } finally {
            popClip();
        }
    }

    /**
     * Runs drawing code as one named group; the SVG backend writes {@code <g class="name">}, so the parts of a
     * chart can be found in the document. Java2D ignores groups.
     *
     * @param name a short name such as {@code "curve"} or {@code "x-axis"}
     * @param drawing the drawing code
     */
    public final void group(final String name, final Runnable drawing) {
        beginGroup(name);
        try {
            drawing.run();
        } finally {
            endGroup();
        }
    }

    /**
     * @param xs x coordinates, all finite
     * @param ys y coordinates, all finite
     * @param closed whether to close the outline
     * @param style the stroke
     */
    protected abstract void strokePath(double[] xs, double[] ys, boolean closed, LineStyle style);

    /**
     * @param xs x coordinates, all finite, at least three
     * @param ys y coordinates, all finite
     * @param fill the fill
     */
    protected abstract void fillPath(double[] xs, double[] ys, FillStyle fill);

    /**
     * @param cx centre x
     * @param cy centre y
     * @param radius radius
     * @param fill the fill
     */
    protected abstract void fillCircle(double cx, double cy, double radius, FillStyle fill);

    /**
     * @param cx centre x
     * @param cy centre y
     * @param radius radius to the middle of the stroke
     * @param style the stroke
     */
    protected abstract void strokeCircle(double cx, double cy, double radius, LineStyle style);

    /**
     * Draws text whose placement the caller has validated; the baseline lies
     * {@link TextMeasurer#baselineOffset} below the anchor in the text's own frame.
     *
     * @param text non-empty text
     * @param x anchor x
     * @param y anchor y
     * @param style the style
     * @param anchor the anchor
     * @param rotationDegrees clockwise rotation about the anchor
     */
    protected abstract void drawText(String text, double x, double y, TextStyle style, TextAnchor anchor,
        double rotationDegrees);

    /** @param clip the area to which drawing is restricted until the matching {@link #popClip()} */
    protected abstract void pushClip(Box clip);

    /** Ends the innermost clip. */
    protected abstract void popClip();

    /** @param name the group's name */
    protected abstract void beginGroup(String name);

    /** Ends the innermost group. */
    protected abstract void endGroup();

    private static boolean isFinite(final double x, final double y) {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    private static void checkSameLength(final double[] xs, final double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("x and y need the same length, got " + xs.length + " and "
                + ys.length);
        }
    }

    private static double[] cornersX(final Box b) {
        return new double[]{b.x(), b.right(), b.right(), b.x()};
    }

    private static double[] cornersY(final Box b) {
        return new double[]{b.y(), b.y(), b.bottom(), b.bottom()};
    }
}
