package org.jakstat.core.plot;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.core.plot.axis.Tick;
import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;
import org.jakstat.core.plot.canvas.FillStyle;
import org.jakstat.core.plot.canvas.LineStyle;
import org.jakstat.core.plot.canvas.MarkerShape;
import org.jakstat.core.plot.canvas.MarkerStyle;
import org.jakstat.core.plot.canvas.TextAnchor;
import org.jakstat.core.plot.canvas.TextMeasurer;

/** Lays out and draws a {@link CategoryChart}. */
final class CategoryChartPainter {

    /** Share of a category band the groups' slots fill; the rest separates categories. */
    private static final double BAND_FILL = 0.8;

    /** Value labels smaller than this are left out rather than drawn unreadably. */
    private static final double MIN_LABEL_SIZE = 6;

    private CategoryChartPainter() {
    }

    /**
     * Where a category chart's parts go.
     *
     * @param plot the plot area
     * @param y the value axis
     * @param labels how category labels are written
     * @param bandWidth the width of one category band
     */
    record Layout(Box plot, PlacedAxis y, CategoryLabels labels, double bandWidth) {

        double slotWidth(final int groups) {
            return bandWidth * BAND_FILL / Math.max(1, groups);
        }

        double x(final int category, final int group, final int groups) {
            return plot.x() + bandWidth * (category + (1 - BAND_FILL) / 2) + slotWidth(groups) * (group + 0.5);
        }
    }

    static void paint(final CategoryChart chart, final Canvas c, final Box area, final Theme t) {
        Box body = ChartDecorations.frame(c, chart.title(), chart.subtitle(), chart.notes(), area, t);
        List<String> categories = chart.categories();
        if (categories.isEmpty()) {
            ChartDecorations.nothingToShow(c, "no values to show", body, t);
            return;
        }
        List<LegendEntry> entries = legendEntries(chart, t);
        LegendPosition position = LegendPainter.effective(chart.legend(), entries);
        Box legend = LegendPainter.measure(entries, t, body.width() * 0.3);
        Box frame = position == LegendPosition.NONE ? body : body.inset(0, 0, legend.width() + t.gap(), 0);
        Layout l = layout(chart, categories, frame, area.height(), t);
        draw(chart, c, l, frame, t);
        if (position != LegendPosition.NONE) {
            LegendPainter.paint(c, entries, new Box(body.right() - legend.width(), l.plot().y(), legend.width(),
                legend.height()), t);
        }
    }

    static Layout layout(final CategoryChart chart, final List<String> categories, final Box frame,
        final double chartHeight, final Theme t) {
        double titleBand = AxisPainter.titleBand(chart.valueAxis().title(), t);
        double provisional = (frame.width() - titleBand - 5 * t.base()) / categories.size();
        CategoryLabels labels = CategoryLabels.choose(categories, provisional, chartHeight, t);
        double plotTop = frame.y() + TextMeasurer.height(t.tick()) / 2;
        double plotBottom = Math.max(plotTop + 8, frame.bottom() - labels.height(categories, t));
        PlacedAxis y = AxisPlacement.place(chart.valueAxis(), chart.valueRange(), plotBottom, plotTop, t, false);
        double left = frame.x() + titleBand + AxisPlacement.widestLabel(y, t) + t.tickLength() + t.gap();
        double right = Math.max(left + 8, frame.right() - t.gap());
        double band = (right - left) / categories.size();
        left = Math.max(left, frame.x() + labels.leftReach(categories.get(0), t) - band / 2);
        band = Math.max(1, (right - left) / categories.size());
        y = AxisPlacement.place(chart.valueAxis(), chart.valueRange(), plotBottom, plotTop, t, false);
        return new Layout(Box.fromEdges(left, plotTop, right, plotBottom), y, labels, band);
    }

    private static void draw(final CategoryChart chart, final Canvas c, final Layout l, final Box frame,
        final Theme t) {
        Box plot = l.plot();
        if (chart.valueAxis().grid()) {
            c.group("grid", () -> {
                for (Tick tick : l.y().ticks()) {
                    if (tick.major()) {
                        c.line(plot.x(), l.y().pixel(tick.value()), plot.right(), l.y().pixel(tick.value()),
                            t.gridLine());
                    }
                }
            });
        }
        List<String> categories = chart.categories();
        List<String> groups = chart.groups();
        c.group("values", () -> {
            for (CategoryValue v : chart.values()) {
                if (chart.valueAxis().scale().accepts(v.value()) && l.y().mapping().range().contains(v.value())) {
                    int gi = groups.indexOf(v.group());
                    value(c, chart, v, l.x(categories.indexOf(v.category()), gi, groups.size()), gi,
                        l.slotWidth(groups.size()), l, t);
                }
            }
        });
        AxisPainter.yAxis(c, l.y(), plot, t, true);
        c.group("x-axis", () -> {
            c.line(plot.x(), plot.bottom(), plot.right(), plot.bottom(), t.axisLine());
            for (int i = 0; i <= categories.size(); i++) {
                double x = plot.x() + i * l.bandWidth();
                c.line(x, plot.bottom(), x, plot.bottom() + t.tickLength(), t.axisLine());
            }
        });
        double[] centres = new double[categories.size()];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = plot.x() + l.bandWidth() * (i + 0.5);
        }
        l.labels().draw(c, categories, centres, plot.bottom(), t);
        AxisPainter.yTitle(c, chart.valueAxis().title(), frame.x(), plot.centerY(), plot.height(), t);
    }

    private static void value(final Canvas c, final CategoryChart chart, final CategoryValue v, final double x,
        final int group, final double slot, final Layout l, final Theme t) {
        MarkerStyle marker = MarkerStyle.filled(Palette.marker(group), t.markerSize(), Palette.color(group));
        double y = l.y().pixel(v.value());
        double arrow = t.markerSize() * 2.2;
        int direction = v.qualifier().isUpperBound() ? 1 : v.qualifier().isLowerBound() ? -1 : 0;
        double reach = y;
        if (chart.style() == CategoryStyle.BARS) {
            double base = l.plot().bottom();
            Box bar = Box.fromEdges(x - slot * 0.42, Math.min(y, base), x + slot * 0.42, Math.max(y, base));
            c.rectangle(bar, new FillStyle(marker.color(), v.isCensored() ? 0.3 : 0.85));
            if (v.isCensored()) {
                c.outline(bar, LineStyle.solid(marker.color(), Math.max(1, t.lineWidth() * 0.6)));
            }
        } else {
            c.marker(x, y, v.isCensored() ? marker.hollow() : marker);
        }
        if (direction != 0) {
            double from = y + direction * t.markerSize() / 2;
            reach = from + direction * arrow;
            arrow(c, x, from, reach, marker, t);
        }
        if (chart.valueLabels()) {
            FittedText f = FittedText.fit(v.label(chart.decimals()), t.valueLabel(), slot);
            if (f.style().size() >= MIN_LABEL_SIZE) {
                boolean below = direction < 0;
                double ly = below ? Math.max(y, reach) + t.markerSize() / 2 + t.gap()
                    : Math.min(y, reach) - t.markerSize() / 2 - t.gap();
                c.text(f.text(), x, ly, f.style(), below ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER, 0);
            }
        }
    }

    /** An arrow from (x, from) to (x, to) with a filled head, showing where a censored value's truth lies. */
    private static void arrow(final Canvas c, final double x, final double from, final double to,
        final MarkerStyle marker, final Theme t) {
        double head = t.markerSize() * 0.55;
        double dir = Math.signum(to - from);
        c.group("censored", () -> {
            c.line(x, from, x, to - dir * head, LineStyle.solid(marker.color(), Math.max(1, t.lineWidth() * 0.7)));
            c.polygon(new double[]{x - head * 0.6, x + head * 0.6, x},
                new double[]{to - dir * head, to - dir * head, to}, FillStyle.opaque(marker.color()));
        });
    }

    private static List<LegendEntry> legendEntries(final CategoryChart chart, final Theme t) {
        List<LegendEntry> entries = new ArrayList<>();
        List<String> groups = chart.groups();
        for (int i = 0; i < groups.size(); i++) {
            entries.add(LegendEntry.ofMarker(groups.get(i),
                MarkerStyle.filled(Palette.marker(i), t.markerSize(), Palette.color(i))));
        }
        if (groups.size() >= 2 && chart.values().stream().anyMatch(CategoryValue::isCensored)) {
            entries.add(LegendEntry.ofMarker("bound (arrow: true value beyond)",
                MarkerStyle.filled(MarkerShape.CIRCLE, t.markerSize(), Theme.MUTED).hollow()));
        }
        return entries;
    }
}
