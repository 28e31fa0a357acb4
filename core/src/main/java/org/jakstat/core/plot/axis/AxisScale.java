package org.jakstat.core.plot.axis;

/** How data values are spaced along an axis. */
public enum AxisScale {
    /** equal differences, equal distances */
    LINEAR,
    /** equal ratios, equal distances; only values &gt; 0 can be placed */
    LOG10;

    /**
     * @param value a data value
     * @return true when the value can be placed on this axis: finite, and &gt; 0 on a log axis
     */
    public boolean accepts(final double value) {
        return Double.isFinite(value) && (this == LINEAR || value > 0);
    }

    /**
     * @param value a data value
     * @return the value in the axis' linear working space: itself, or its log10 (NaN when not accepted)
     */
    public double forward(final double value) {
        if (this == LINEAR) {
            return value;
        }
        return value > 0 ? Math.log10(value) : Double.NaN;
    }

    /**
     * @param working a value in the axis' working space
     * @return the data value: itself, or 10 to its power
     */
    public double inverse(final double working) {
        return this == LINEAR ? working : Math.pow(10, working);
    }
}
