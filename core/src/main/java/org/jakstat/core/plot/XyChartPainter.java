package org.jakstat.core.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;

/**
 * Lays out and draws an {@link XyChart}: titles, footnote, legend placement, axes and data in their layers.
 * The layout is computed first without drawing, so tests can map data to the very pixels the chart uses.
 */
final class XyChartPainter {

    /** Share of the width an outside legend may take at most. */
    private static final double OUTSIDE_LEGEND_SHARE = 0.35;

    private XyChartPainter() {
    }

    /**
     * Where everything of a chart's body goes.
     *
     * @param entries the legend entries
     * @param position the legend position, AUTO and overflow resolved
     * @param legendSize the legend's size (origin meaningless)
     * @param frame the area for plot plus axis labels and titles
     * @param xy the plot area and placed axes
     */
    record Layout(List<LegendEntry> entries, LegendPosition position, Box legendSize, Box frame, XyFrame xy) {
    }

    static void paint(final XyChart chart, final Canvas c, final Box area, final Theme t) {
        Box body = ChartDecorations.frame(c, chart.title(), chart.subtitle(), chart.notes(), area, t);
        draw(chart, c, body, bodyLayout(chart, body, t), t, true);
    }

    /** The layout of a whole chart drawn into {@code area}, as {@link #paint} computes it. */
    static Layout layout(final XyChart chart, final Box area, final Theme t) {
        return bodyLayout(chart, ChartDecorations.body(chart.title(), chart.subtitle(), chart.notes(), area, t), t);
    }

    /** The layout of legend, axes and plot inside a body area (below titles, above the footnote). */
    static Layout bodyLayout(final XyChart chart, final Box body, final Theme t) {
        List<LegendEntry> entries = LegendPainter.entries(chart.series(), t);
        LegendPosition position = LegendPainter.effective(chart.legend(), entries);
        Box legend = LegendPainter.measure(entries, t, body.width() * OUTSIDE_LEGEND_SHARE);
        if (position == LegendPosition.AUTO && legend.width() * legend.height() > body.width() * body.height() / 5) {
            position = LegendPosition.OUTSIDE_RIGHT;
        }
        Box frame = body;
        if (position == LegendPosition.OUTSIDE_RIGHT) {
            frame = body.inset(0, 0, legend.width() + t.gap(), 0);
        } else if (position == LegendPosition.OUTSIDE_BOTTOM) {
            legend = LegendPainter.measure(entries, t, body.width());
            frame = body.inset(0, 0, 0, legend.height() + t.gap());
        }
        XyFrame xy = XyFrame.layout(chart.xAxis(), chart.yAxis(), chart.xRange(), chart.yRange(), frame, t);
        return new Layout(entries, position, legend, frame, xy);
    }

    /**
     * Draws legend, axes and data of a laid-out body.
     *
     * @param tickLabels false to leave out tick labels and axis titles (for panels that share them)
     */
    static void draw(final XyChart chart, final Canvas c, final Box body, final Layout l, final Theme t,
        final boolean tickLabels) {
        XyFrame f = l.xy();
        AxisPainter.grid(c, f.x(), f.y(), f.plot(), t);
        SeriesPainter.paint(c, chart.series(), f.x(), f.y(), f.plot(), t);
        ReferenceLinePainter.paint(c, chart.references(), f.x(), f.y(), f.plot(), t);
        AxisPainter.xAxis(c, f.x(), f.plot(), t, tickLabels);
        AxisPainter.yAxis(c, f.y(), f.plot(), t, tickLabels);
        if (tickLabels) {
            AxisPainter.xTitle(c, chart.xAxis().title(), f.plot().centerX(), l.frame().bottom(), l.frame().width(),
                t);
            AxisPainter.yTitle(c, chart.yAxis().title(), l.frame().x(), f.plot().centerY(), f.plot().height(), t);
        }
        legendBox(chart, l, body, t).ifPresent(b -> LegendPainter.paint(c, l.entries(), b, t));
    }

    private static Optional<Box> legendBox(final XyChart chart, final Layout l, final Box body, final Theme t) {
        Box size = l.legendSize();
        Box plot = l.xy().plot();
        switch (l.position()) {
            case NONE:
                return Optional.empty();
            case OUTSIDE_RIGHT:
                return Optional.of(new Box(body.right() - size.width(), plot.y(), size.width(), size.height()));
            case OUTSIDE_BOTTOM:
                return Optional.of(new Box(body.centerX() - size.width() / 2, body.bottom() - size.height(),
                    size.width(), size.height()));
            default:
                Optional<Box> inside = LegendPainter.inside(size, plot, l.position(), occupied(chart, l.xy()), t);
                // too big for the plot: over the right margin instead
                return Optional.of(inside.orElse(new Box(Math.max(body.x(), body.right() - size.width()), plot.y(),
                    Math.min(size.width(), body.width()), size.height())));
        }
    }

    /** Pixel positions of points and curve vertices, which the legend should not cover. */
    private static List<double[]> occupied(final XyChart chart, final XyFrame f) {
        List<double[]> occupied = new ArrayList<>();
        for (XySeries s : chart.series()) {
            for (DataPoint p : s.points()) {
                occupied.add(new double[]{f.x().pixel(p.x()), f.y().pixel(p.y())});
            }
            s.curve().ifPresent(curve -> {
                double[] cx = curve.x();
                double[] cy = curve.y();
                for (int i = 0; i < cx.length; i++) {
                    occupied.add(new double[]{f.x().pixel(cx[i]), f.y().pixel(cy[i])});
                }
            });
        }
        return occupied;
    }
}
