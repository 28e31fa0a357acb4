package org.jakstat.core.plot;

import org.jakstat.core.plot.axis.AxisRange;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.axis.Tick;
import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.TextMeasurer;

/**
 * The plot area of an XY chart and its two placed axes. The layout works outwards from the fonts so that no
 * text is clipped: the x labels and title take fixed heights at the bottom, the y labels (whose ticks depend
 * on the plot height) then decide the left margin, and x labels that would stick out past the right edge push
 * the plot's right side in.
 *
 * @param plot the plot area, where data is drawn
 * @param x the x axis
 * @param y the y axis
 */
record XyFrame(Box plot, PlacedAxis x, PlacedAxis y) {

    /** Below this size in pixels the plot area is kept anyway (on absurdly small images text may overlap). */
    private static final double MIN_PLOT_SIDE = 8;

    static XyFrame layout(final AxisSpec xSpec, final AxisSpec ySpec, final AxisRange xRange,
        final AxisRange yRange, final Box frame, final Theme t) {
        double plotTop = frame.y() + TextMeasurer.height(t.tick()) / 2;
        double plotBottom = Math.max(plotTop + MIN_PLOT_SIDE,
            frame.bottom() - AxisPainter.titleBand(xSpec.title(), t) - AxisPainter.xLabelBand(t));
        PlacedAxis y = AxisPlacement.place(ySpec, yRange, plotBottom, plotTop, t, false);
        double left = frame.x() + AxisPainter.titleBand(ySpec.title(), t) + AxisPlacement.widestLabel(y, t)
            + t.tickLength() + t.gap();
        double right = Math.max(left + MIN_PLOT_SIDE, frame.right() - t.gap());
        PlacedAxis x = AxisPlacement.place(xSpec, xRange, left, right, t, true);
        for (int pass = 0; pass < 2; pass++) {
            double overRight = 0;
            double overLeft = 0;
            for (Tick tick : x.ticks()) {
                double half = TextMeasurer.width(tick.label(), t.tick()) / 2;
                double px = x.pixel(tick.value());
                overRight = Math.max(overRight, px + half - frame.right());
                overLeft = Math.max(overLeft, frame.x() - (px - half));
            }
            if (overRight <= 0 && overLeft <= 0) {
                break;
            }
            left += overLeft;
            right = Math.max(left + MIN_PLOT_SIDE, right - overRight);
            x = AxisPlacement.place(xSpec, xRange, left, right, t, true);
        }
        return new XyFrame(Box.fromEdges(left, plotTop, right, plotBottom), x, y);
    }
}
