package org.jakstat.core.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;
import org.jakstat.core.plot.canvas.FillStyle;
import org.jakstat.core.plot.canvas.LineStyle;
import org.jakstat.core.plot.canvas.MarkerStyle;
import org.jakstat.core.plot.canvas.RgbColor;

/**
 * Draws the series of an XY chart in layers, so nothing important is hidden: all bands first, then curves and
 * connecting lines (clipped to the plot), then error bars and markers on top. Points outside the axis ranges
 * are not drawn (the chart's notes count them).
 */
final class SeriesPainter {

    /** Opacity of confidence bands: light enough that curves and points of other series show through. */
    static final double BAND_OPACITY = 0.2;

    private SeriesPainter() {
    }

    static RgbColor color(final XySeries s, final int index) {
        return s.color().orElse(Palette.color(index));
    }

    static MarkerStyle marker(final XySeries s, final int index, final Theme t) {
        return MarkerStyle.filled(s.marker().orElse(Palette.marker(index)), t.markerSize(), color(s, index));
    }

    static void paint(final Canvas c, final List<XySeries> series, final PlacedAxis x, final PlacedAxis y,
        final Box plot, final Theme t) {
        c.clipped(plot, () -> {
            for (int i = 0; i < series.size(); i++) {
                int index = i;
                series.get(i).band().ifPresent(b -> c.group("band", () -> band(c, b, color(series.get(index),
                    index), x, y)));
            }
            for (int i = 0; i < series.size(); i++) {
                XySeries s = series.get(i);
                LineStyle line = LineStyle.solid(color(s, i), t.lineWidth());
                s.curve().ifPresent(curve -> c.group("curve", () -> curve(c, curve, line, x, y)));
                if (s.connectPoints()) {
                    c.group("connector", () -> connector(c, s, line, x, y));
                }
            }
        });
        for (int i = 0; i < series.size(); i++) {
            XySeries s = series.get(i);
            MarkerStyle marker = marker(s, i, t);
            c.group("points", () -> points(c, s, marker, x, y, plot, t));
        }
    }

    private static void band(final Canvas c, final Band band, final RgbColor color, final PlacedAxis x,
        final PlacedAxis y) {
        double[] bx = band.x();
        double[] lo = band.lower();
        double[] hi = band.upper();
        FillStyle fill = new FillStyle(color, BAND_OPACITY);
        int i = 0;
        while (i < bx.length) {
            while (i < bx.length && !placeable(bx[i], lo[i], hi[i], x, y)) {
                i++;
            }
            int start = i;
            while (i < bx.length && placeable(bx[i], lo[i], hi[i], x, y)) {
                i++;
            }
            int n = i - start;
            if (n >= 2) {
                double[] px = new double[2 * n];
                double[] py = new double[2 * n];
                for (int k = 0; k < n; k++) {
                    px[k] = x.pixel(bx[start + k]);
                    py[k] = y.pixel(lo[start + k]);
                    px[2 * n - 1 - k] = px[k];
                    py[2 * n - 1 - k] = y.pixel(hi[start + k]);
                }
                c.polygon(px, py, fill);
            }
        }
    }

    private static boolean placeable(final double bx, final double lo, final double hi, final PlacedAxis x,
        final PlacedAxis y) {
        return Double.isFinite(x.pixel(bx)) && Double.isFinite(y.pixel(lo)) && Double.isFinite(y.pixel(hi));
    }

    private static void curve(final Canvas c, final Curve curve, final LineStyle line, final PlacedAxis x,
        final PlacedAxis y) {
        double[] cx = curve.x();
        double[] cy = curve.y();
        double[] px = new double[cx.length];
        double[] py = new double[cy.length];
        for (int i = 0; i < cx.length; i++) {
            px[i] = x.pixel(cx[i]);
            py[i] = y.pixel(cy[i]);
        }
        c.polyline(px, py, line);
    }

    private static void connector(final Canvas c, final XySeries s, final LineStyle line, final PlacedAxis x,
        final PlacedAxis y) {
        List<DataPoint> kept = new ArrayList<>();
        for (DataPoint p : s.points()) {
            if (!p.excluded() && Double.isFinite(x.pixel(p.x())) && Double.isFinite(y.pixel(p.y()))) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparingDouble(DataPoint::x));
        double[] px = new double[kept.size()];
        double[] py = new double[kept.size()];
        for (int i = 0; i < px.length; i++) {
            px[i] = x.pixel(kept.get(i).x());
            py[i] = y.pixel(kept.get(i).y());
        }
        c.polyline(px, py, line);
    }

    private static void points(final Canvas c, final XySeries s, final MarkerStyle marker, final PlacedAxis x,
        final PlacedAxis y, final Box plot, final Theme t) {
        LineStyle bar = LineStyle.solid(marker.color(), Math.max(1, t.lineWidth() * 0.75));
        if (s.points().stream().anyMatch(p -> p.hasError() && visible(p, x, y))) {
            c.clipped(plot, () -> {
                for (DataPoint p : s.points()) {
                    if (p.hasError() && visible(p, x, y)) {
                        double low = errorEnd(y, p.y() - p.errorBelow(), plot.bottom());
                        double high = errorEnd(y, p.y() + p.errorAbove(), plot.y());
                        c.errorBar(x.pixel(p.x()), low, high, marker.size(), bar);
                    }
                }
            });
        }
        for (DataPoint p : s.points()) {
            if (visible(p, x, y)) {
                c.marker(x.pixel(p.x()), y.pixel(p.y()), p.excluded() ? marker.excluded() : marker);
            }
        }
    }

    /** Whether a point lies inside both ranges (which implies finite, and positive on a log axis). */
    static boolean visible(final DataPoint p, final PlacedAxis x, final PlacedAxis y) {
        return x.mapping().range().contains(p.x()) && y.mapping().range().contains(p.y())
            && x.spec().scale().accepts(p.x()) && y.spec().scale().accepts(p.y());
    }

    /** The pixel of an error bar's end; an end a log axis cannot place runs to the plot's edge. */
    private static double errorEnd(final PlacedAxis y, final double value, final double edge) {
        double p = y.pixel(value);
        return Double.isFinite(p) ? p : edge;
    }
}
