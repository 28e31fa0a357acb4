package org.jakstat.core.plot;

import java.util.List;

import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;
import org.jakstat.core.plot.canvas.Dash;
import org.jakstat.core.plot.canvas.FillStyle;
import org.jakstat.core.plot.canvas.LineStyle;
import org.jakstat.core.plot.canvas.RgbColor;
import org.jakstat.core.plot.canvas.TextAnchor;
import org.jakstat.core.plot.canvas.TextMeasurer;
import org.jakstat.core.plot.canvas.TextStyle;

/**
 * Draws reference lines dashed, with their label on a translucent white patch beside the line's far end so it
 * stays readable over curves. Labels stay inside the plot: they flip to the other side of the line near an
 * edge. Lines outside the axis range are left out (the chart's notes say so).
 */
final class ReferenceLinePainter {

    private static final RgbColor DEFAULT_COLOR = RgbColor.of(0x444444);

    private ReferenceLinePainter() {
    }

    static void paint(final Canvas c, final List<ReferenceLine> lines, final PlacedAxis x, final PlacedAxis y,
        final Box plot, final Theme t) {
        for (ReferenceLine r : lines) {
            c.group("reference", () -> {
                if (r.orientation() == ReferenceLine.Orientation.VERTICAL) {
                    vertical(c, r, x, y, plot, t);
                } else {
                    horizontal(c, r, x, y, plot, t);
                }
            });
        }
    }

    private static void vertical(final Canvas c, final ReferenceLine r, final PlacedAxis x, final PlacedAxis y,
        final Box plot, final Theme t) {
        if (!x.mapping().range().contains(r.value()) || !x.spec().scale().accepts(r.value())) {
            return;
        }
        double px = x.pixel(r.value());
        double top = clampTo(end(r, y, plot.y()), plot.y(), plot.bottom());
        LineStyle style = style(r, t);
        c.line(px, plot.bottom(), px, top, style);
        if (r.label().isEmpty()) {
            return;
        }
        FittedText f = FittedText.fit(r.label(), t.valueLabel(), plot.width() - 2 * t.gap());
        boolean right = px + t.gap() + f.width() <= plot.right();
        double ly = Math.max(plot.y() + f.height(), top - t.gap());
        label(c, f, right ? px + t.gap() : px - t.gap(), ly, right ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT,
            t);
    }

    private static void horizontal(final Canvas c, final ReferenceLine r, final PlacedAxis x, final PlacedAxis y,
        final Box plot, final Theme t) {
        if (!y.mapping().range().contains(r.value()) || !y.spec().scale().accepts(r.value())) {
            return;
        }
        double py = y.pixel(r.value());
        double right = clampTo(end(r, x, plot.right()), plot.x(), plot.right());
        c.line(plot.x(), py, right, py, style(r, t));
        if (r.label().isEmpty()) {
            return;
        }
        FittedText f = FittedText.fit(r.label(), t.valueLabel(), Math.max(plot.width() / 2, right - plot.x()));
        boolean above = py - t.gap() - f.height() >= plot.y();
        double ly = above ? py - t.gap() / 2 : py + t.gap() / 2;
        // a line across the plot is labelled at its right end, clear of the y axis where curves usually start;
        // a drop line ending at a point is labelled at the axis end
        if (r.endAt().isEmpty()) {
            label(c, f, plot.right() - t.gap(), ly, above ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT, t);
        } else {
            label(c, f, plot.x() + t.gap(), ly, above ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT, t);
        }
    }

    private static double end(final ReferenceLine r, final PlacedAxis other, final double fallback) {
        if (r.endAt().isEmpty()) {
            return fallback;
        }
        double p = other.pixel(r.endAt().getAsDouble());
        return Double.isFinite(p) ? p : fallback;
    }

    private static double clampTo(final double v, final double lo, final double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static LineStyle style(final ReferenceLine r, final Theme t) {
        return new LineStyle(r.color().orElse(DEFAULT_COLOR), Math.max(1, t.lineWidth() * 0.6), Dash.DASHED, 1);
    }

    private static void label(final Canvas c, final FittedText f, final double lx, final double ly,
        final TextAnchor anchor, final Theme t) {
        TextStyle style = f.style();
        double pad = t.gap() / 2;
        Box b = TextMeasurer.bounds(f.text(), lx, ly, style, anchor, 0);
        c.rectangle(b.inset(-pad, -pad / 2, -pad, -pad / 2), new FillStyle(RgbColor.WHITE, 0.8));
        c.text(f.text(), lx, ly, style, anchor, 0);
    }
}
