package org.jakstat.core.plot;

import org.jakstat.core.plot.axis.Tick;
import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;
import org.jakstat.core.plot.canvas.LineStyle;
import org.jakstat.core.plot.canvas.TextAnchor;
import org.jakstat.core.plot.canvas.TextMeasurer;

/**
 * Draws axes in the open "L" style of scientific plots: a line along the bottom and the left of the plot,
 * ticks pointing outwards (minor ticks half as long), labels, titles, and optional grid lines.
 */
final class AxisPainter {

    private AxisPainter() {
    }

    /** The height below the plot that x tick marks and labels take. */
    static double xLabelBand(final Theme t) {
        return t.tickLength() + t.gap() + TextMeasurer.height(t.tick());
    }

    /** The space an axis title takes across its axis (0 without a title). */
    static double titleBand(final String title, final Theme t) {
        return title.isEmpty() ? 0 : TextMeasurer.height(t.axisTitle()) + t.gap();
    }

    static void grid(final Canvas c, final PlacedAxis x, final PlacedAxis y, final Box plot, final Theme t) {
        c.group("grid", () -> {
            LineStyle style = t.gridLine();
            if (x.spec().grid()) {
                for (Tick tick : x.ticks()) {
                    if (tick.major()) {
                        double px = x.pixel(tick.value());
                        c.line(px, plot.y(), px, plot.bottom(), style);
                    }
                }
            }
            if (y.spec().grid()) {
                for (Tick tick : y.ticks()) {
                    if (tick.major()) {
                        double py = y.pixel(tick.value());
                        c.line(plot.x(), py, plot.right(), py, style);
                    }
                }
            }
        });
    }

    static void xAxis(final Canvas c, final PlacedAxis x, final Box plot, final Theme t, final boolean labels) {
        c.group("x-axis", () -> {
            LineStyle line = t.axisLine();
            c.line(plot.x(), plot.bottom(), plot.right(), plot.bottom(), line);
            for (Tick tick : x.ticks()) {
                double px = x.pixel(tick.value());
                double length = tick.major() ? t.tickLength() : t.tickLength() / 2;
                c.line(px, plot.bottom(), px, plot.bottom() + length, line);
                if (labels && !tick.label().isEmpty()) {
                    c.text(tick.label(), px, plot.bottom() + t.tickLength() + t.gap(), t.tick(),
                        TextAnchor.TOP_CENTER, 0);
                }
            }
        });
    }

    static void yAxis(final Canvas c, final PlacedAxis y, final Box plot, final Theme t, final boolean labels) {
        c.group("y-axis", () -> {
            LineStyle line = t.axisLine();
            c.line(plot.x(), plot.y(), plot.x(), plot.bottom(), line);
            for (Tick tick : y.ticks()) {
                double py = y.pixel(tick.value());
                double length = tick.major() ? t.tickLength() : t.tickLength() / 2;
                c.line(plot.x() - length, py, plot.x(), py, line);
                if (labels && !tick.label().isEmpty()) {
                    c.text(tick.label(), plot.x() - t.tickLength() - t.gap(), py, t.tick(), TextAnchor.MIDDLE_RIGHT,
                        0);
                }
            }
        });
    }

    /** Writes an x axis title centred on a span, its bottom edge at {@code bottom}. */
    static void xTitle(final Canvas c, final String title, final double centreX, final double bottom,
        final double maxWidth, final Theme t) {
        if (title.isEmpty()) {
            return;
        }
        FittedText f = FittedText.fit(title, t.axisTitle(), maxWidth);
        c.group("x-title", () -> c.text(f.text(), centreX, bottom, f.style(), TextAnchor.BOTTOM_CENTER, 0));
    }

    /** Writes a y axis title reading upwards, centred on a span, its top (left) edge at {@code left}. */
    static void yTitle(final Canvas c, final String title, final double left, final double centreY,
        final double maxHeight, final Theme t) {
        if (title.isEmpty()) {
            return;
        }
        FittedText f = FittedText.fit(title, t.axisTitle(), maxHeight);
        c.group("y-title", () -> c.text(f.text(), left, centreY, f.style(), TextAnchor.TOP_CENTER, -90));
    }
}
