package org.jakstat.core.plot;

/** Where a chart's legend goes. */
public enum LegendPosition {
    /** no legend */
    NONE,
    /**
     * No legend for a single entry; otherwise inside the plot, in the corner that covers the fewest data points
     * and curve vertices (ties: top right, top left, bottom left, bottom right), or to the right of the plot
     * when it would cover more than a third of the plot.
     */
    AUTO,
    /** inside, top left */
    INSIDE_TOP_LEFT,
    /** inside, top right */
    INSIDE_TOP_RIGHT,
    /** inside, bottom left */
    INSIDE_BOTTOM_LEFT,
    /** inside, bottom right */
    INSIDE_BOTTOM_RIGHT,
    /** to the right of the plot */
    OUTSIDE_RIGHT,
    /** below the plot */
    OUTSIDE_BOTTOM;

    /** @return true for the positions inside the plot area */
    boolean isInside() {
        return this == INSIDE_TOP_LEFT || this == INSIDE_TOP_RIGHT || this == INSIDE_BOTTOM_LEFT
            || this == INSIDE_BOTTOM_RIGHT;
    }
}
