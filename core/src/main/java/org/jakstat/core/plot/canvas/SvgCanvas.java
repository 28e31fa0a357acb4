package org.jakstat.core.plot.canvas;

import java.util.function.Consumer;

/**
 * The vector backend: writes a standalone SVG 1.1 document. Output is deterministic (same drawing, same
 * characters): coordinates carry exactly two decimals, formatted without locale, element ids count up from
 * one, and all non-ASCII text is written as character references so the bytes do not depend on an encoding.
 * Text stays text ({@code <text>}); horizontal alignment uses {@code text-anchor} so a viewer with slightly
 * different font widths still centres and right-aligns labels correctly.
 */
public final class SvgCanvas extends Canvas {

    /** The SVG namespace. */
    public static final String NAMESPACE = "http://www.w3.org/2000/svg";

    /**
     * Families a viewer tries in order. AWT's logical sans serif font is DejaVu Sans on Linux and Arial on
     * Windows, so layout measured there fits either.
     */
    private static final String FONT_FAMILY = "DejaVu Sans, Arial, Helvetica, sans-serif";

    private final StringBuilder m_out = new StringBuilder(16_384);

    private int m_depth = 1;

    private int m_nextClipId = 1;

    private SvgCanvas(final double width, final double height) {
        super(width, height);
    }

    /**
     * Renders drawing code as an SVG document on a white background.
     *
     * @param width width in pixels
     * @param height height in pixels
     * @param drawing the drawing code
     * @return the document text
     */
    public static String svg(final double width, final double height, final Consumer<Canvas> drawing) {
        SvgCanvas canvas = new SvgCanvas(width, height);
        StringBuilder out = canvas.m_out;
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        out.append("<svg xmlns=\"").append(NAMESPACE).append("\" version=\"1.1\" width=\"")
            .append(SvgText.number(width)).append("\" height=\"").append(SvgText.number(height))
            .append("\" viewBox=\"0 0 ").append(SvgText.number(width)).append(' ').append(SvgText.number(height))
            .append("\">\n");
        canvas.element("<rect x=\"0\" y=\"0\" width=\"" + SvgText.number(width) + "\" height=\""
            + SvgText.number(height) + "\" fill=\"#ffffff\"/>");
        drawing.accept(canvas);
        if (canvas.m_depth != 1) {
            throw new IllegalStateException("unbalanced groups or clips in the drawing");
        }
        out.append("</svg>\n");
        return out.toString();
    }

    @Override
    protected void strokePath(final double[] xs, final double[] ys, final boolean closed, final LineStyle style) {
        StringBuilder e = new StringBuilder(64 + 16 * xs.length);
        e.append("<path d=\"").append(pathData(xs, ys, closed)).append("\" fill=\"none\"");
        appendStroke(e, style);
        element(e.append("/>").toString());
    }

    @Override
    protected void fillPath(final double[] xs, final double[] ys, final FillStyle fill) {
        StringBuilder e = new StringBuilder(64 + 16 * xs.length);
        e.append("<path d=\"").append(pathData(xs, ys, true)).append('"');
        appendFill(e, fill);
        element(e.append("/>").toString());
    }

    @Override
    protected void fillCircle(final double cx, final double cy, final double radius, final FillStyle fill) {
        StringBuilder e = circle(cx, cy, radius);
        appendFill(e, fill);
        element(e.append("/>").toString());
    }

    @Override
    protected void strokeCircle(final double cx, final double cy, final double radius, final LineStyle style) {
        StringBuilder e = circle(cx, cy, radius).append(" fill=\"none\"");
        appendStroke(e, style);
        element(e.append("/>").toString());
    }

    @Override
    protected void drawText(final String text, final double x, final double y, final TextStyle style,
        final TextAnchor anchor, final double rotationDegrees) {
        StringBuilder e = new StringBuilder(160 + text.length());
        e.append("<text x=\"").append(SvgText.number(x)).append("\" y=\"")
            .append(SvgText.number(y + TextMeasurer.baselineOffset(style, anchor)))
            .append("\" font-family=\"").append(FONT_FAMILY).append("\" font-size=\"")
            .append(SvgText.number(style.size())).append('"');
        if (style.bold()) {
            e.append(" font-weight=\"bold\"");
        }
        e.append(" fill=\"").append(style.color().hex()).append('"');
        if (anchor.horizontal() == 0.5) {
            e.append(" text-anchor=\"middle\"");
        } else if (anchor.horizontal() == 1) {
            e.append(" text-anchor=\"end\"");
        }
        if (rotationDegrees != 0) {
            e.append(" transform=\"rotate(").append(SvgText.number(rotationDegrees)).append(' ')
                .append(SvgText.number(x)).append(' ').append(SvgText.number(y)).append(")\"");
        }
        e.append('>').append(SvgText.escape(text)).append("</text>");
        element(e.toString());
    }

    @Override
    protected void pushClip(final Box clip) {
        String id = "clip" + m_nextClipId++;
        element("<clipPath id=\"" + id + "\"><rect x=\"" + SvgText.number(clip.x()) + "\" y=\""
            + SvgText.number(clip.y()) + "\" width=\"" + SvgText.number(clip.width()) + "\" height=\""
            + SvgText.number(clip.height()) + "\"/></clipPath>");
        element("<g clip-path=\"url(#" + id + ")\">");
        m_depth++;
    }

    @Override
    protected void popClip() {
        closeGroup();
    }

    @Override
    protected void beginGroup(final String name) {
        element("<g class=\"" + SvgText.escape(name) + "\">");
        m_depth++;
    }

    @Override
    protected void endGroup() {
        closeGroup();
    }

    private void closeGroup() {
        m_depth--;
        element("</g>");
    }

    private void element(final String text) {
        for (int i = 0; i < m_depth; i++) {
            m_out.append("  ");
        }
        m_out.append(text).append('\n');
    }

    private static StringBuilder circle(final double cx, final double cy, final double radius) {
        return new StringBuilder(120).append("<circle cx=\"").append(SvgText.number(cx)).append("\" cy=\"")
            .append(SvgText.number(cy)).append("\" r=\"").append(SvgText.number(radius)).append('"');
    }

    private static String pathData(final double[] xs, final double[] ys, final boolean closed) {
        StringBuilder d = new StringBuilder(16 * xs.length);
        for (int i = 0; i < xs.length; i++) {
            d.append(i == 0 ? 'M' : 'L').append(SvgText.number(xs[i])).append(' ').append(SvgText.number(ys[i]));
        }
        if (closed) {
            d.append('Z');
        }
        return d.toString();
    }

    private static void appendStroke(final StringBuilder e, final LineStyle style) {
        e.append(" stroke=\"").append(style.color().hex()).append("\" stroke-width=\"")
            .append(SvgText.number(style.width())).append('"');
        double[] dash = style.dash().pattern(style.width());
        if (dash.length > 0) {
            e.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                e.append(i == 0 ? "" : ",").append(SvgText.number(dash[i]));
            }
            e.append('"');
        }
        if (style.opacity() < 1) {
            e.append(" stroke-opacity=\"").append(SvgText.number(style.opacity())).append('"');
        }
        e.append(" stroke-linejoin=\"round\"");
    }

    private static void appendFill(final StringBuilder e, final FillStyle fill) {
        e.append(" fill=\"").append(fill.color().hex()).append('"');
        if (fill.opacity() < 1) {
            e.append(" fill-opacity=\"").append(SvgText.number(fill.opacity())).append('"');
        }
    }
}
