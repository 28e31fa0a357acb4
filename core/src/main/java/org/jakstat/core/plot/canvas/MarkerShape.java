package org.jakstat.core.plot.canvas;

/** The outline of a point marker. Sizes are the diameter of the circle of equal visual weight. */
public enum MarkerShape {
    /** a circle */
    CIRCLE,
    /** a square standing on an edge */
    SQUARE,
    /** a triangle pointing up */
    TRIANGLE,
    /** a square standing on a corner */
    DIAMOND;

    /**
     * The polygon of this shape; not used for {@link #CIRCLE}, which backends draw natively.
     *
     * @param cx centre x
     * @param cy centre y
     * @param size nominal diameter in pixels
     * @return two arrays, x then y coordinates of the vertices
     */
    double[][] vertices(final double cx, final double cy, final double size) {
        double r = size / 2;
        switch (this) {
            case SQUARE: {
                double h = r * 0.886; // same area as the circle: sqrt(pi)/2
                return new double[][]{{cx - h, cx + h, cx + h, cx - h}, {cy - h, cy - h, cy + h, cy + h}};
            }
            case TRIANGLE: {
                double t = r * 1.2;
                return new double[][]{{cx, cx + t * 0.866, cx - t * 0.866}, {cy - t, cy + t * 0.5, cy + t * 0.5}};
            }
            case DIAMOND: {
                double d = r * 1.2;
                return new double[][]{{cx, cx + d, cx, cx - d}, {cy - d, cy, cy + d, cy}};
            }
            default:
                throw new IllegalStateException("a circle has no vertices");
        }
    }
}
