package org.jakstat.core.plot;

/**
 * The nominal size of a rendered chart, in pixels at scale 1.
 *
 * @param width width, 16..20000
 * @param height height, 16..20000
 */
public record ImageSize(int width, int height) {

    /** Smallest side accepted. */
    public static final int MIN_SIDE = 16;

    /** Largest side accepted. */
    public static final int MAX_SIDE = 20_000;

    /** A single chart's default: 800 x 600. */
    public static final ImageSize SINGLE = new ImageSize(800, 600);

    /** Validates the sides. */
    public ImageSize {
        check("width", width);
        check("height", height);
    }

    private static void check(final String name, final int value) {
        if (value < MIN_SIDE || value > MAX_SIDE) {
            throw new IllegalArgumentException("image " + name + " must be in [" + MIN_SIDE + ", " + MAX_SIDE
                + "] pixels, got " + value);
        }
    }
}
