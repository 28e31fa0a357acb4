package org.jakstat.core.plot;

import java.util.List;

import org.jakstat.core.plot.axis.AxisRange;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.axis.Tick;
import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;
import org.jakstat.core.plot.canvas.TextAnchor;
import org.jakstat.core.plot.canvas.TextMeasurer;

/**
 * Draws a {@link PanelGrid}. Title, subtitle and footnote use a theme sized for the whole image, panels one
 * sized for a cell, so fonts stay readable in both.
 */
final class PanelGridPainter {

    private PanelGridPainter() {
    }

    static void paint(final PanelGrid grid, final Canvas c, final Box area) {
        Theme t = Theme.forArea(area.width(), area.height());
        Box body = ChartDecorations.frame(c, grid.title(), grid.subtitle(), grid.notes(), area, t);
        if (grid.shownPanels().isEmpty()) {
            ChartDecorations.nothingToShow(c, "no " + grid.itemName() + " to show", body, t);
            return;
        }
        Theme pt = Theme.forArea(body.width() / grid.columnCount(), body.height() / grid.rowCount());
        if (grid.sharing() == AxisSharing.INDEPENDENT) {
            independent(grid, c, body, pt);
        } else {
            shared(grid, c, body, t, pt);
        }
    }

    private static void independent(final PanelGrid grid, final Canvas c, final Box body, final Theme pt) {
        int cols = grid.columnCount();
        double cellW = body.width() / cols;
        double cellH = body.height() / grid.rowCount();
        List<XyChart> panels = grid.shownPanels();
        for (int i = 0; i < panels.size(); i++) {
            XyChart panel = panels.get(i);
            Box cell = new Box(body.x() + (i % cols) * cellW, body.y() + (i / cols) * cellH, cellW, cellH)
                .inset(pt.gap(), pt.gap(), pt.gap(), pt.gap());
            c.group("panel", () -> {
                double titleH = panelTitle(c, panel.title(), cell, pt);
                Box rest = cell.inset(0, titleH, 0, 0);
                XyChartPainter.draw(panel, c, rest, XyChartPainter.bodyLayout(panel, rest, pt), pt, true);
            });
        }
    }

    /** Writes a panel's title centred at the top of its cell; returns the height it took. */
    private static double panelTitle(final Canvas c, final String title, final Box cell, final Theme pt) {
        if (title.isEmpty()) {
            return 0;
        }
        FittedText f = FittedText.fit(title, pt.panelTitle(), cell.width());
        c.text(f.text(), cell.centerX(), cell.y(), f.style(), TextAnchor.TOP_CENTER, 0);
        return f.height() + pt.gap();
    }

    private static void shared(final PanelGrid grid, final Canvas c, final Box body, final Theme t,
        final Theme pt) {
        List<XyChart> panels = grid.shownPanels();
        XyChart first = panels.get(0);
        AxisSpec xSpec = first.xAxis();
        AxisSpec ySpec = first.yAxis();
        AxisRange xRange = XyChartData.range(xSpec, panels.stream().map(XyChartData::xValues)
            .flatMapToDouble(java.util.Arrays::stream).toArray());
        AxisRange yRange = XyChartData.range(ySpec, panels.stream().map(XyChartData::yValues)
            .flatMapToDouble(java.util.Arrays::stream).toArray());
        int cols = grid.columnCount();
        int rows = grid.rowCount();
        double titleH = TextMeasurer.height(pt.panelTitle()) + pt.gap();
        double vGap = pt.tickLength() + pt.gap();
        Theme at = axisTitleTheme(t, pt);
        double bottomMargin = AxisPainter.titleBand(xSpec.title(), at) + AxisPainter.xLabelBand(pt);
        double cellH = (body.height() - bottomMargin - (rows - 1) * vGap) / rows;
        double plotH = Math.max(8, cellH - titleH);
        PlacedAxis yProbe = AxisPlacement.place(ySpec, yRange, plotH, 0, pt, false);
        double leftMargin = AxisPainter.titleBand(ySpec.title(), at) + AxisPlacement.widestLabel(yProbe, pt)
            + pt.tickLength() + pt.gap();
        double[] overhang = xLabelOverhang(xSpec, xRange, (body.width() - leftMargin) / cols, pt);
        double hGap = Math.max(pt.pad(), overhang[0] + overhang[1] + pt.gap());
        double cellW = Math.max(8, (body.width() - leftMargin - overhang[1] - (cols - 1) * hGap) / cols);
        for (int i = 0; i < panels.size(); i++) {
            int row = i / cols;
            int col = i % cols;
            Box cell = new Box(body.x() + leftMargin + col * (cellW + hGap), body.y() + row * (cellH + vGap), cellW,
                Math.max(8, cellH));
            Box plot = cell.inset(0, titleH, 0, 0);
            boolean xLabels = i + cols >= panels.size();
            XyChart panel = panels.get(i);
            c.group("panel", () -> {
                panelTitle(c, panel.title(), cell, pt);
                PlacedAxis x = AxisPlacement.place(xSpec, xRange, plot.x(), plot.right(), pt, true);
                PlacedAxis y = AxisPlacement.place(ySpec, yRange, plot.bottom(), plot.y(), pt, false);
                AxisPainter.grid(c, x, y, plot, pt);
                SeriesPainter.paint(c, panel.series(), x, y, plot, pt);
                ReferenceLinePainter.paint(c, panel.references(), x, y, plot, pt);
                AxisPainter.xAxis(c, x, plot, pt, xLabels);
                AxisPainter.yAxis(c, y, plot, pt, col == 0);
            });
        }
        Box cells = Box.fromEdges(body.x() + leftMargin, body.y(), body.right() - overhang[1],
            body.bottom() - bottomMargin);
        AxisPainter.xTitle(c, xSpec.title(), cells.centerX(), body.bottom(), cells.width(), at);
        AxisPainter.yTitle(c, ySpec.title(), body.x(), cells.centerY(), cells.height(), at);
    }

    /** Axis titles of a shared grid: between the panel and the page size. */
    private static Theme axisTitleTheme(final Theme page, final Theme panel) {
        return new Theme((page.base() + panel.base()) / 2);
    }

    /** How far the x labels stick out left and right of a panel's plot, to size the gaps between columns. */
    private static double[] xLabelOverhang(final AxisSpec spec, final AxisRange range, final double width,
        final Theme pt) {
        PlacedAxis x = AxisPlacement.place(spec, range, 0, Math.max(8, width), pt, true);
        double left = 0;
        double right = 0;
        for (Tick tick : x.ticks()) {
            double half = TextMeasurer.width(tick.label(), pt.tick()) / 2;
            double px = x.pixel(tick.value());
            left = Math.max(left, half - px);
            right = Math.max(right, px + half - Math.max(8, width));
        }
        return new double[]{left, right};
    }
}
