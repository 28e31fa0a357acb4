package org.jakstat.core.plot;

/** How a {@link CategoryChart} draws its values. */
public enum CategoryStyle {
    /** one marker per value (a dot plot); censored values hollow with an arrow towards the true value */
    DOTS,
    /** one bar per value from the bottom of the axis; censored bars pale and outlined, with an arrow */
    BARS
}
