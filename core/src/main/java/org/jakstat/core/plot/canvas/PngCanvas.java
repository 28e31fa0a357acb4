package org.jakstat.core.plot.canvas;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.Consumer;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The raster backend: Java2D onto an opaque white {@link BufferedImage}, antialiased, encoded as PNG. A scale
 * factor renders the same layout at a higher resolution (2 gives 1600 x 1200 pixels for an 800 x 600 chart);
 * the PNG records 96 dpi times the scale, so a 3x image prints at 288 dpi at the nominal size.
 */
public final class PngCanvas extends Canvas {

    /** The resolution of a nominal pixel, as browsers and office software assume. */
    public static final double NOMINAL_DPI = 96;

    /** Refuse images above this many pixels (about 400 MB of ARGB) rather than run out of memory. */
    private static final long MAX_PIXELS = 100_000_000L;

    private final Graphics2D m_graphics;

    private final Deque<Shape> m_clips = new ArrayDeque<>();

    private PngCanvas(final Graphics2D graphics, final double width, final double height) {
        super(width, height);
        m_graphics = graphics;
    }

    /**
     * Renders drawing code onto a new image.
     *
     * @param width nominal width in pixels, &gt; 0
     * @param height nominal height in pixels, &gt; 0
     * @param scale resolution factor, in (0, 16]; the image has {@code round(width * scale)} columns
     * @param drawing the drawing code, given a canvas of the nominal size
     * @return the image, white where nothing was drawn
     */
    public static BufferedImage draw(final double width, final double height, final double scale,
        final Consumer<Canvas> drawing) {
        if (!(scale > 0 && scale <= 16)) {
            throw new IllegalArgumentException("scale must be in (0, 16], got " + scale);
        }
        if (!(width > 0 && height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("image size must be positive, got " + width + " x " + height);
        }
        int w = Math.max(1, (int)Math.round(width * scale));
        int h = Math.max(1, (int)Math.round(height * scale));
        if ((long)w * h > MAX_PIXELS) {
            throw new IllegalArgumentException("image of " + w + " x " + h + " pixels is too large (limit "
                + MAX_PIXELS + " pixels)");
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(w / width, h / height);
            drawing.accept(new PngCanvas(g, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Renders drawing code and encodes it as PNG.
     *
     * @param width nominal width in pixels
     * @param height nominal height in pixels
     * @param scale resolution factor, in (0, 16]
     * @param drawing the drawing code
     * @return the PNG file's bytes
     */
    public static byte[] png(final double width, final double height, final double scale,
        final Consumer<Canvas> drawing) {
        return encode(draw(width, height, scale, drawing), NOMINAL_DPI * scale);
    }

    /**
     * Encodes an image as PNG with its resolution recorded (pHYs chunk).
     *
     * @param image the image
     * @param dotsPerInch the resolution to record
     * @return the PNG file's bytes
     */
    public static byte[] encode(final BufferedImage image, final double dotsPerInch) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this JDK has no PNG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata =
                writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            recordResolution(metadata, dotsPerInch);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void recordResolution(final IIOMetadata metadata, final double dotsPerInch)
        throws IIOInvalidTreeException {
        String perMetre = Long.toString(Math.round(dotsPerInch / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }

    @Override
    protected void strokePath(final double[] xs, final double[] ys, final boolean closed, final LineStyle style) {
        float[] dash = toFloats(style.dash().pattern(style.width()));
        m_graphics.setStroke(new BasicStroke((float)style.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, dash.length == 0 ? null : dash, 0f));
        m_graphics.setColor(awt(style.color(), style.opacity()));
        m_graphics.draw(path(xs, ys, closed));
    }

    @Override
    protected void fillPath(final double[] xs, final double[] ys, final FillStyle fill) {
        m_graphics.setColor(awt(fill.color(), fill.opacity()));
        m_graphics.fill(path(xs, ys, true));
    }

    @Override
    protected void fillCircle(final double cx, final double cy, final double radius, final FillStyle fill) {
        m_graphics.setColor(awt(fill.color(), fill.opacity()));
        m_graphics.fill(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
    }

    @Override
    protected void strokeCircle(final double cx, final double cy, final double radius, final LineStyle style) {
        m_graphics.setStroke(new BasicStroke((float)style.width()));
        m_graphics.setColor(awt(style.color(), style.opacity()));
        m_graphics.draw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
    }

    @Override
    protected void drawText(final String text, final double x, final double y, final TextStyle style,
        final TextAnchor anchor, final double rotationDegrees) {
        AffineTransform saved = m_graphics.getTransform();
        try {
            m_graphics.translate(x, y);
            if (rotationDegrees != 0) {
                m_graphics.rotate(Math.toRadians(rotationDegrees));
            }
            m_graphics.setFont(style.font());
            m_graphics.setColor(awt(style.color(), 1));
            double left = -anchor.horizontal() * TextMeasurer.width(text, style);
            m_graphics.drawString(text, (float)left, (float)TextMeasurer.baselineOffset(style, anchor));
        } finally {
            m_graphics.setTransform(saved);
        }
    }

    @Override
    protected void pushClip(final Box clip) {
        m_clips.push(m_graphics.getClip() == null ? new Rectangle2D.Double(0, 0, width(), height())
            : m_graphics.getClip());
        m_graphics.clip(new Rectangle2D.Double(clip.x(), clip.y(), clip.width(), clip.height()));
    }

    @Override
    protected void popClip() {
        m_graphics.setClip(m_clips.pop());
    }

    @Override
    protected void beginGroup(final String name) {
        // raster output has no structure
    }

    @Override
    protected void endGroup() {
        // raster output has no structure
    }

    private static Path2D path(final double[] xs, final double[] ys, final boolean closed) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, xs.length);
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    private static Color awt(final RgbColor c, final double opacity) {
        return new Color(c.red(), c.green(), c.blue(), (int)Math.round(opacity * 255));
    }

    private static float[] toFloats(final double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float)values[i];
        }
        return f;
    }
}
