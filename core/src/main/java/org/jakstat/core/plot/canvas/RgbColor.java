package org.jakstat.core.plot.canvas;

import java.util.Locale;

/**
 * An opaque sRGB colour; transparency belongs to the stroke or fill that uses it.
 *
 * @param red red channel, 0..255
 * @param green green channel, 0..255
 * @param blue blue channel, 0..255
 */
public record RgbColor(int red, int green, int blue) {

    /** Black. */
    public static final RgbColor BLACK = new RgbColor(0, 0, 0);

    /** White. */
    public static final RgbColor WHITE = new RgbColor(255, 255, 255);

    /** Validates the channels. */
    public RgbColor {
        checkChannel("red", red);
        checkChannel("green", green);
        checkChannel("blue", blue);
    }

    private static void checkChannel(final String name, final int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(name + " must be in 0..255, got " + value);
        }
    }

    /**
     * @param rgb the colour as 0xRRGGBB
     * @return the colour
     */
    public static RgbColor of(final int rgb) {
        return new RgbColor((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /** @return the colour as 0xRRGGBB */
    public int rgb() {
        return (red << 16) | (green << 8) | blue;
    }

    /** @return the colour as written in SVG and CSS, lower case, e.g. {@code #0072b2} */
    public String hex() {
        return String.format(Locale.ROOT, "#%06x", rgb());
    }

    /**
     * Relative luminance as defined by WCAG 2.1 (sRGB channels linearised), used to choose black or white text
     * on a coloured background.
     *
     * @return luminance in [0, 1]
     */
    public double relativeLuminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(final int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /**
     * @param other the colour at {@code t = 1}
     * @param t the mixing fraction, clamped to [0, 1]
     * @return the channel-wise linear mix of this colour and {@code other}
     */
    public RgbColor mix(final RgbColor other, final double t) {
        double f = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        return new RgbColor(mixChannel(red, other.red, f), mixChannel(green, other.green, f),
            mixChannel(blue, other.blue, f));
    }

    private static int mixChannel(final int a, final int b, final double f) {
        return (int)Math.round(a + (b - a) * f);
    }
}
