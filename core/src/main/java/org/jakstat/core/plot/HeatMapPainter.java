package org.jakstat.core.plot;

import java.util.List;
import java.util.Optional;

import org.jakstat.core.plot.axis.AxisRange;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.axis.Tick;
import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;
import org.jakstat.core.plot.canvas.FillStyle;
import org.jakstat.core.plot.canvas.RgbColor;
import org.jakstat.core.plot.canvas.TextAnchor;
import org.jakstat.core.plot.canvas.TextMeasurer;

/** Lays out and draws a {@link HeatMap}: row labels, cells with values, column labels, colour scale legend. */
final class HeatMapPainter {

    static final RgbColor MISSING = RgbColor.of(0xeeeeee);

    /** Cells do not grow beyond these multiples of the base font size, so a 2 x 4 map does not look bloated. */
    private static final double MAX_CELL_WIDTH = 7;

    private static final double MAX_CELL_HEIGHT = 4;

    private static final int GRADIENT_STEPS = 64;

    /** Below this relative luminance a cell's label is white, else near black. */
    private static final double DARK = 0.3;

    private HeatMapPainter() {
    }

    /**
     * @param grid the cells' area
     * @param cellWidth one cell's width
     * @param cellHeight one cell's height
     * @param labels how column labels are written
     * @param legend the colour legend's area (bar plus labels)
     */
    record Layout(Box grid, double cellWidth, double cellHeight, CategoryLabels labels, Box legend) {
    }

    static void paint(final HeatMap map, final Canvas c, final Box area, final Theme t) {
        Box body = ChartDecorations.frame(c, map.title(), map.subtitle(), map.notes(), area, t);
        if (map.cells().isEmpty()) {
            ChartDecorations.nothingToShow(c, "no values to show", body, t);
            return;
        }
        Layout l = layout(map, body, area.height(), t);
        cells(c, map, l, t);
        legend(c, map, l.legend(), t);
    }

    static Layout layout(final HeatMap map, final Box body, final double chartHeight, final Theme t) {
        List<String> rows = map.rows();
        List<String> columns = map.columns();
        AxisRange range = map.valueRange();
        double legendWidth = legendWidth(map, range, body, t);
        double rowLabels = Math.min(body.width() * 0.3, widest(rows, t) + t.gap());
        double availW = body.width() - legendWidth - 2 * t.pad() - rowLabels;
        CategoryLabels labels = CategoryLabels.choose(columns, availW / columns.size(), chartHeight, t);
        double availH = body.height() - labels.height(columns, t);
        double cellW = Math.max(1, Math.min(availW / columns.size(), MAX_CELL_WIDTH * t.base()));
        double cellH = Math.max(1, Math.min(availH / rows.size(), MAX_CELL_HEIGHT * t.base()));
        double reach = Math.max(rowLabels, labels.leftReach(columns.get(0), t) - cellW / 2);
        // centre the block of labels, cells and legend in the body when the cells hit their maximum size
        double blockWidth = reach + cellW * columns.size() + 2 * t.pad() + legendWidth;
        double blockHeight = cellH * rows.size() + labels.height(columns, t);
        double left = body.x() + Math.max(0, (body.width() - blockWidth) / 2) + reach;
        double top = body.y() + Math.max(0, (body.height() - blockHeight) / 2);
        Box grid = new Box(left, top, cellW * columns.size(), cellH * rows.size());
        Box legend = new Box(Math.min(body.right() - legendWidth, grid.right() + 2 * t.pad()), top, legendWidth,
            Math.max(grid.height(), 8 * t.base()));
        return new Layout(grid, cellW, cellH, labels, legend);
    }

    private static double widest(final List<String> texts, final Theme t) {
        double w = 0;
        for (String s : texts) {
            w = Math.max(w, TextMeasurer.width(s, t.tick()));
        }
        return w;
    }

    private static void cells(final Canvas c, final HeatMap map, final Layout l, final Theme t) {
        List<String> rows = map.rows();
        List<String> columns = map.columns();
        AxisRange range = map.valueRange();
        Box grid = l.grid();
        c.group("cells", () -> {
            for (int r = 0; r < rows.size(); r++) {
                for (int k = 0; k < columns.size(); k++) {
                    Box cell = new Box(grid.x() + k * l.cellWidth(), grid.y() + r * l.cellHeight(), l.cellWidth(),
                        l.cellHeight()).inset(0.5, 0.5, 0.5, 0.5);
                    cell(c, map.cell(rows.get(r), columns.get(k)), cell, map, range, t);
                }
            }
        });
        c.group("row-labels", () -> {
            for (int r = 0; r < rows.size(); r++) {
                String text = TextMeasurer.truncated(rows.get(r), t.tick(), grid.x() - t.gap() - 1);
                c.text(text, grid.x() - t.gap(), grid.y() + (r + 0.5) * l.cellHeight(), t.tick(),
                    TextAnchor.MIDDLE_RIGHT, 0);
            }
        });
        double[] centres = new double[columns.size()];
        for (int k = 0; k < centres.length; k++) {
            centres[k] = grid.x() + (k + 0.5) * l.cellWidth();
        }
        l.labels().draw(c, columns, centres, grid.bottom() - t.tickLength(), t);
    }

    private static void cell(final Canvas c, final Optional<CategoryValue> value, final Box cell, final HeatMap map,
        final AxisRange range, final Theme t) {
        boolean present = value.isPresent() && Double.isFinite(value.get().value());
        RgbColor fill = present ? map.scale().color((value.get().value() - range.min()) / (range.max() - range.min()))
            : MISSING;
        c.rectangle(cell, FillStyle.opaque(fill));
        String text = present ? value.get().label(map.decimals()) : "\u2013";
        FittedText f = FittedText.fit(text, t.valueLabel(), cell.width() - t.gap());
        if (f.style().size() >= 6 && f.height() <= cell.height()) {
            RgbColor ink = fill.relativeLuminance() < DARK ? RgbColor.WHITE : Theme.TEXT;
            c.text(f.text(), cell.centerX(), cell.centerY(), f.style().withColor(ink), TextAnchor.CENTER, 0);
        }
    }

    private static double legendWidth(final HeatMap map, final AxisRange range, final Box body, final Theme t) {
        PlacedAxis ticks = AxisPlacement.place(AxisSpec.linear(""), range, 100, 0, t, false);
        double bar = t.base() * 1.2 + t.tickLength() + t.gap() + AxisPlacement.widestLabel(ticks, t);
        double title = FittedText.fit(map.valueName(), t.tick().withBold(true), body.width() * 0.25).width();
        return Math.min(body.width() * 0.3, Math.max(bar, title));
    }

    private static void legend(final Canvas c, final HeatMap map, final Box area, final Theme t) {
        c.group("color-scale", () -> {
            FittedText title = FittedText.fit(map.valueName(), t.tick().withBold(true), area.width());
            c.text(title.text(), area.x(), area.y(), title.style(), TextAnchor.TOP_LEFT, 0);
            double top = area.y() + title.height() + t.gap() + TextMeasurer.height(t.tick()) / 2;
            double height = Math.max(8, Math.min(area.height(), 12 * t.base()) - title.height() - t.gap());
            Box bar = new Box(area.x(), top, t.base() * 1.2, height);
            for (int i = 0; i < GRADIENT_STEPS; i++) {
                double f = (i + 0.5) / GRADIENT_STEPS;
                double y0 = bar.bottom() - bar.height() * (i + 1) / GRADIENT_STEPS;
                c.rectangle(new Box(bar.x(), y0, bar.width(), bar.height() / GRADIENT_STEPS + 0.3),
                    FillStyle.opaque(map.scale().color(f)));
            }
            c.outline(bar, t.axisLine());
            PlacedAxis axis = AxisPlacement.place(AxisSpec.linear(""), map.valueRange(), bar.bottom(), bar.y(), t,
                false);
            for (Tick tick : axis.ticks()) {
                double y = axis.pixel(tick.value());
                c.line(bar.right(), y, bar.right() + t.tickLength(), y, t.axisLine());
                c.text(tick.label(), bar.right() + t.tickLength() + t.gap(), y, t.tick(), TextAnchor.MIDDLE_LEFT, 0);
            }
        });
    }
}
