package org.jakstat.core.plot;

/**
 * One observation, optionally with an error bar and optionally excluded from the analysis (drawn hollow with a
 * cross, never dropped). Any value is accepted; those a chart cannot place (NaN, &le; 0 on a log axis) are
 * counted in the chart's notes.
 *
 * @param x the x value (for concentrations: molar)
 * @param y the y value
 * @param errorBelow length of the error bar below y, &ge; 0 (0 or NaN for none)
 * @param errorAbove length of the error bar above y, &ge; 0 (0 or NaN for none)
 * @param excluded true when the point was excluded from the fit (outlier, user exclusion)
 */
public record DataPoint(double x, double y, double errorBelow, double errorAbove, boolean excluded) {

    /** Validates the error lengths; a NaN length (e.g. the SD of a single value) means no bar. */
    public DataPoint {
        errorBelow = Double.isNaN(errorBelow) ? 0 : errorBelow;
        errorAbove = Double.isNaN(errorAbove) ? 0 : errorAbove;
        if (!(errorBelow >= 0) || !(errorAbove >= 0)) {
            throw new IllegalArgumentException("error bar lengths must be >= 0 (0 for none), got " + errorBelow
                + " and " + errorAbove);
        }
    }

    /**
     * @param x x value
     * @param y y value
     * @return a plain point
     */
    public static DataPoint of(final double x, final double y) {
        return new DataPoint(x, y, 0, 0, false);
    }

    /**
     * @param x x value
     * @param y the mean or other centre
     * @param error the symmetric error, e.g. SD or SEM; NaN (e.g. SD of one value) means none
     * @return a point with error bar y ± error
     */
    public static DataPoint withError(final double x, final double y, final double error) {
        return new DataPoint(x, y, Math.abs(error), Math.abs(error), false);
    }

    /**
     * @param x x value
     * @param y y value
     * @return a point excluded from the analysis
     */
    public static DataPoint excluded(final double x, final double y) {
        return new DataPoint(x, y, 0, 0, true);
    }

    /** @return true when an error bar is to be drawn */
    public boolean hasError() {
        return errorBelow > 0 || errorAbove > 0;
    }
}
