package org.jakstat.core.plot;

/** Whether the panels of a {@link PanelGrid} share their axes. */
public enum AxisSharing {
    /**
     * All panels show the same ranges (the union of their data, or the first panel's fixed ranges) with the axis
     * specs of the first panel; tick labels only on the left column and under the lowest panel of each column,
     * axis titles once for the whole grid. Best for comparing curves.
     */
    SHARED,
    /** Each panel is a complete small chart with its own axes, ranges, labels and titles. */
    INDEPENDENT
}
