package org.jakstat.core.plot.canvas;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** A PNG decoded with ImageIO for tests that check pixels rather than trust the encoder. */
public final class DecodedPng {

    private final BufferedImage m_image;

    private DecodedPng(final BufferedImage image) {
        m_image = image;
    }

    /**
     * @param png PNG bytes
     * @return the decoded image
     */
    public static DecodedPng of(final byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(image, "ImageIO could not decode the bytes as an image");
            return new DecodedPng(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the image */
    public BufferedImage image() {
        return m_image;
    }

    /** @return width in pixels */
    public int width() {
        return m_image.getWidth();
    }

    /** @return height in pixels */
    public int height() {
        return m_image.getHeight();
    }

    /**
     * @param x column
     * @param y row
     * @return the colour at the pixel
     */
    public RgbColor at(final int x, final int y) {
        return RgbColor.of(m_image.getRGB(x, y) & 0xffffff);
    }

    /**
     * @param x column (rounded)
     * @param y row (rounded)
     * @param radius half the side of the square searched
     * @param color the colour looked for
     * @param tolerance largest per-channel difference accepted
     * @return true when some pixel of the square has the colour
     */
    public boolean hasColorNear(final double x, final double y, final int radius, final RgbColor color,
        final int tolerance) {
        int cx = (int)Math.round(x);
        int cy = (int)Math.round(y);
        for (int yy = Math.max(0, cy - radius); yy <= Math.min(height() - 1, cy + radius); yy++) {
            for (int xx = Math.max(0, cx - radius); xx <= Math.min(width() - 1, cx + radius); xx++) {
                if (distance(at(xx, yy), color) <= tolerance) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param color a colour
     * @param tolerance largest per-channel difference accepted
     * @return how many pixels have about that colour
     */
    public int count(final RgbColor color, final int tolerance) {
        int n = 0;
        for (int y = 0; y < height(); y++) {
            for (int x = 0; x < width(); x++) {
                if (distance(at(x, y), color) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * @param a a colour
     * @param b another
     * @return the largest per-channel difference
     */
    public static int distance(final RgbColor a, final RgbColor b) {
        return Math.max(Math.abs(a.red() - b.red()),
            Math.max(Math.abs(a.green() - b.green()), Math.abs(a.blue() - b.blue())));
    }
}
