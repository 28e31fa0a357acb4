package org.jakstat.core.plot.canvas;

/**
 * An axis-aligned rectangle in canvas pixels (y downwards).
 *
 * @param x left edge
 * @param y top edge
 * @param width width, &ge; 0
 * @param height height, &ge; 0
 */
public record Box(double x, double y, double width, double height) {

    /** Validates that the box is finite and not inverted. */
    public Box {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a box must be finite: " + x + ", " + y + ", " + width + ", "
                + height);
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a box cannot have a negative size: " + width + " x " + height);
        }
    }

    /**
     * @param left left edge
     * @param top top edge
     * @param right right edge
     * @param bottom bottom edge
     * @return the box between the edges; an inverted pair of edges collapses to zero size
     */
    public static Box fromEdges(final double left, final double top, final double right, final double bottom) {
        return new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    /** @return the right edge */
    public double right() {
        return x + width;
    }

    /** @return the bottom edge */
    public double bottom() {
        return y + height;
    }

    /** @return the horizontal centre */
    public double centerX() {
        return x + width / 2;
    }

    /** @return the vertical centre */
    public double centerY() {
        return y + height / 2;
    }

    /**
     * @param left inset from the left
     * @param top inset from the top
     * @param right inset from the right
     * @param bottom inset from the bottom
     * @return the box shrunk by the insets (never below zero size)
     */
    public Box inset(final double left, final double top, final double right, final double bottom) {
        return fromEdges(x + left, y + top, Math.max(x + left, right() - right), Math.max(y + top, bottom() - bottom));
    }

    /**
     * @param px x coordinate
     * @param py y coordinate
     * @return true when the point lies inside or on the edge
     */
    public boolean contains(final double px, final double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /**
     * @param other another box
     * @param tolerance how far {@code other} may stick out, in pixels
     * @return true when {@code other} lies inside this box
     */
    public boolean encloses(final Box other, final double tolerance) {
        return other.x >= x - tolerance && other.y >= y - tolerance && other.right() <= right() + tolerance
            && other.bottom() <= bottom() + tolerance;
    }

    /**
     * @param other another box
     * @return true when the interiors overlap
     */
    public boolean overlaps(final Box other) {
        return other.x < right() && x < other.right() && other.y < bottom() && y < other.bottom();
    }
}
