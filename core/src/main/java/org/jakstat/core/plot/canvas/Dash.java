package org.jakstat.core.plot.canvas;

/** The dash pattern of a line; lengths scale with the line width so thick dashed lines stay readable. */
public enum Dash {
    /** a continuous line */
    SOLID(new double[0]),
    /** long dashes */
    DASHED(new double[]{5, 3}),
    /** dots */
    DOTTED(new double[]{1, 2}),
    /** dash, dot */
    DASH_DOT(new double[]{5, 2, 1, 2});

    /** Minimum unit length in pixels, so hairlines still show a pattern. */
    private static final double MIN_UNIT = 1.2;

    private final double[] m_units;

    Dash(final double[] units) {
        m_units = units;
    }

    /**
     * @param lineWidth the width of the line in pixels
     * @return the on/off lengths in pixels; empty for {@link #SOLID}
     */
    public double[] pattern(final double lineWidth) {
        double unit = Math.max(MIN_UNIT, lineWidth);
        double[] p = new double[m_units.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = m_units[i] * unit;
        }
        return p;
    }
}
