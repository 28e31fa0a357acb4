package org.jakstat.core.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;
import org.jakstat.core.plot.canvas.FillStyle;
import org.jakstat.core.plot.canvas.LineStyle;
import org.jakstat.core.plot.canvas.MarkerShape;
import org.jakstat.core.plot.canvas.MarkerStyle;
import org.jakstat.core.plot.canvas.RgbColor;
import org.jakstat.core.plot.canvas.TextAnchor;
import org.jakstat.core.plot.canvas.TextMeasurer;

/** Builds, measures, places and draws legends: a translucent white box with one row per entry. */
final class LegendPainter {

    private LegendPainter() {
    }

    /** One entry per named series, plus "excluded" when any series has excluded points. */
    static List<LegendEntry> entries(final List<XySeries> series, final Theme t) {
        List<LegendEntry> entries = new ArrayList<>();
        boolean excluded = false;
        for (int i = 0; i < series.size(); i++) {
            XySeries s = series.get(i);
            excluded |= s.hasExcludedPoints();
            if (s.name().isEmpty()) {
                continue;
            }
            RgbColor color = SeriesPainter.color(s, i);
            Optional<MarkerStyle> marker = s.points().isEmpty() ? Optional.empty()
                : Optional.of(SeriesPainter.marker(s, i, t));
            Optional<LineStyle> line = s.curve().isPresent() || s.connectPoints()
                ? Optional.of(LineStyle.solid(color, t.lineWidth())) : Optional.empty();
            Optional<FillStyle> band = s.band().map(b -> new FillStyle(color, SeriesPainter.BAND_OPACITY));
            entries.add(new LegendEntry(s.name(), marker, line, band));
        }
        if (excluded) {
            entries.add(LegendEntry.ofMarker("excluded",
                MarkerStyle.filled(MarkerShape.CIRCLE, t.markerSize(), Theme.MUTED).excluded()));
        }
        return entries;
    }

    /** Resolves AUTO: no legend for one entry or none, otherwise as given. */
    static LegendPosition effective(final LegendPosition requested, final List<LegendEntry> entries) {
        if (entries.isEmpty() || requested == LegendPosition.AUTO && entries.size() < 2) {
            return LegendPosition.NONE;
        }
        return requested;
    }

    private static double swatchWidth(final Theme t) {
        return t.base() * 2.2;
    }

    private static double rowHeight(final Theme t) {
        return Math.max(TextMeasurer.height(t.legend()), t.markerSize()) * 1.2;
    }

    private static double padding(final Theme t) {
        return t.gap() * 1.5;
    }

    /** The legend box's size with labels cut to fit {@code maxWidth}. */
    static Box measure(final List<LegendEntry> entries, final Theme t, final double maxWidth) {
        double labelRoom = Math.max(0, maxWidth - swatchWidth(t) - t.gap() - 2 * padding(t));
        double widest = 0;
        for (LegendEntry e : entries) {
            widest = Math.max(widest, FittedText.fit(e.label(), t.legend(), labelRoom).width());
        }
        double width = 2 * padding(t) + swatchWidth(t) + t.gap() + widest;
        double height = 2 * padding(t) + entries.size() * rowHeight(t);
        return new Box(0, 0, Math.min(width, Math.max(0, maxWidth)), height);
    }

    /**
     * Places the legend in a corner of the plot, the one covering the fewest of the given pixel positions.
     *
     * @return the box, or empty when the legend would cover more than a third of the plot
     */
    static Optional<Box> inside(final Box size, final Box plot, final LegendPosition position,
        final List<double[]> occupied, final Theme t) {
        if (size.width() * size.height() > plot.width() * plot.height() / 3 || size.width() > plot.width()
            || size.height() > plot.height()) {
            return Optional.empty();
        }
        List<LegendPosition> corners = position == LegendPosition.AUTO
            ? List.of(LegendPosition.INSIDE_TOP_RIGHT, LegendPosition.INSIDE_TOP_LEFT,
                LegendPosition.INSIDE_BOTTOM_LEFT, LegendPosition.INSIDE_BOTTOM_RIGHT)
            : List.of(position);
        Box best = null;
        long fewest = Long.MAX_VALUE;
        for (LegendPosition corner : corners) {
            Box b = corner(size, plot, corner, t.gap());
            long covered = occupied.stream().filter(p -> b.contains(p[0], p[1])).count();
            if (covered < fewest) {
                fewest = covered;
                best = b;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Box corner(final Box size, final Box plot, final LegendPosition corner, final double inset) {
        boolean left = corner == LegendPosition.INSIDE_TOP_LEFT || corner == LegendPosition.INSIDE_BOTTOM_LEFT;
        boolean top = corner == LegendPosition.INSIDE_TOP_LEFT || corner == LegendPosition.INSIDE_TOP_RIGHT;
        double x = left ? plot.x() + inset : plot.right() - inset - size.width();
        double y = top ? plot.y() + inset : plot.bottom() - inset - size.height();
        return new Box(x, y, size.width(), size.height());
    }

    static void paint(final Canvas c, final List<LegendEntry> entries, final Box box, final Theme t) {
        c.group("legend", () -> {
            c.rectangle(box, new FillStyle(RgbColor.WHITE, 0.85));
            c.outline(box, t.gridLine());
            double labelRoom = Math.max(0, box.width() - swatchWidth(t) - t.gap() - 2 * padding(t));
            double y = box.y() + padding(t) + rowHeight(t) / 2;
            for (LegendEntry e : entries) {
                double sx = box.x() + padding(t);
                double sw = swatchWidth(t);
                double rowY = y;
                e.band().ifPresent(f -> c.rectangle(new Box(sx, rowY - t.markerSize() * 0.7, sw,
                    t.markerSize() * 1.4), f));
                e.line().ifPresent(l -> c.line(sx, rowY, sx + sw, rowY, l));
                e.marker().ifPresent(m -> c.marker(sx + sw / 2, rowY, m));
                FittedText f = FittedText.fit(e.label(), t.legend(), labelRoom);
                c.text(f.text(), sx + sw + t.gap(), y, f.style(), TextAnchor.MIDDLE_LEFT, 0);
                y += rowHeight(t);
            }
        });
    }
}
