package org.jakstat.core.plot;

import java.util.List;

import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;

/** A chart that can draw itself into any area of a canvas. Render one with {@link ChartRenderer}. */
public sealed interface Chart permits XyChart, PanelGrid, CategoryChart, HeatMap {

    /**
     * Draws the chart into an area; font sizes and margins follow the area's size.
     *
     * @param canvas the canvas
     * @param area where to draw, in canvas pixels
     */
    void draw(Canvas canvas, Box area);

    /** @return the size this chart looks best at when the caller has no preference */
    ImageSize preferredSize();

    /**
     * What the chart could not show, as sentences for a node warning or a log ("2 points at x ≤ 0 not shown on
     * the log x axis"). The image carries the same text as a footnote.
     *
     * @return the notes; empty when everything is shown
     */
    List<String> notes();
}
