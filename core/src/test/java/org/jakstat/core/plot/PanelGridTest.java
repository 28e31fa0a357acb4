package org.jakstat.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.canvas.DecodedPng;
import org.jakstat.core.plot.canvas.RecordingCanvas;
import org.jakstat.core.plot.canvas.RgbColor;
import org.jakstat.core.plot.canvas.SvgDocument;
import org.junit.jupiter.api.Test;

/** Panel grids: automatic rows and columns, the page limit, shared axes, and text placement. */
class PanelGridTest {

    @Test
    void chooseRowsAndColumnsFromTheCount() {
        assertEquals(List.of(3, 3), shape(PanelGrid.of("", SampleCharts.panels(9))));
        assertEquals(List.of(1, 1), shape(PanelGrid.of("", SampleCharts.panels(1))));
        assertEquals(List.of(2, 1), shape(PanelGrid.of("", SampleCharts.panels(2))));
        assertEquals(List.of(3, 2), shape(PanelGrid.of("", SampleCharts.panels(5))));
        assertEquals(List.of(5, 5), shape(PanelGrid.of("", SampleCharts.panels(24))));
        assertEquals(List.of(4, 3), shape(PanelGrid.of("", SampleCharts.panels(10)).withColumns(4)));
        assertEquals(List.of(2, 1), shape(PanelGrid.of("", SampleCharts.panels(2)).withColumns(6)));
    }

    private static List<Integer> shape(final PanelGrid grid) {
        return List.of(grid.columnCount(), grid.rowCount());
    }

    @Test
    void showsAtMostOnePageAndSaysSo() {
        PanelGrid grid = PanelGrid.of("Screen", SampleCharts.panels(120));
        assertEquals(PanelGrid.DEFAULT_MAX_PANELS, grid.shownPanels().size());
        assertEquals("showing 24 of 120 curves", grid.notes().get(0));
        List<PanelGrid> pages = grid.pages();
        assertEquals(5, pages.size());
        assertEquals("curves 25\u201348 of 120", pages.get(1).notes().get(0));
        assertEquals("curves 97\u2013120 of 120", pages.get(4).notes().get(0));
        assertEquals(1, PanelGrid.of("", SampleCharts.panels(3)).withMaxPanels(3).pages().size());
        assertTrue(PanelGrid.of("", SampleCharts.panels(3)).notes().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> grid.withMaxPanels(0));
    }

    @Test
    void panelNotesAreNamedOrCounted() {
        XyChart withControl = SampleCharts.doseResponse().toBuilder().title("Cpd-A").build();
        XyChart alsoControl = withControl.toBuilder().title("Cpd-B").build();
        assertEquals(List.of("1 point at x \u2264 0 not shown on the log x axis (in each of 2 panels)"),
            PanelGrid.of("", List.of(withControl, alsoControl)).notes());
        assertEquals(List.of("Cpd-A: 1 point at x \u2264 0 not shown on the log x axis"),
            PanelGrid.of("", List.of(withControl, SampleCharts.panels(1).get(0))).notes());
    }

    @Test
    void sharedAxesGiveEveryPanelTheSameTicksAndLabelOnlyTheOuterOnes() {
        XyChart low = XyChart.builder().title("low").xAxis(AxisSpec.linear("t [h]")).yAxis(AxisSpec.linear("y"))
            .series(XySeries.of("a", List.of(DataPoint.of(0, 0), DataPoint.of(10, 10)))).build();
        XyChart high = XyChart.builder().title("high").xAxis(low.xAxis()).yAxis(low.yAxis())
            .series(XySeries.of("a", List.of(DataPoint.of(0, 0), DataPoint.of(10, 100)))).build();
        RecordingCanvas c = TextLayoutChecks.record(PanelGrid.of("", List.of(low, high)).withColumns(1), 300, 500);
        List<String> yLabels = c.texts("y-axis").stream().map(RecordingCanvas.DrawnText::text).toList();
        assertEquals(yLabels.subList(0, yLabels.size() / 2), yLabels.subList(yLabels.size() / 2, yLabels.size()));
        assertTrue(yLabels.contains("100"), yLabels.toString());
        long xTitles = c.texts("x-title").size();
        assertEquals(1, xTitles);
        RecordingCanvas side = TextLayoutChecks.record(PanelGrid.of("", List.of(low, high)), 600, 300);
        List<String> labels = side.texts("y-axis").stream().map(RecordingCanvas.DrawnText::text).toList();
        assertEquals(List.of("0", "20", "40", "60", "80", "100"), labels, "only the left column is labelled");
    }

    @Test
    void everyPanelIsDrawnWithItsCurve() {
        SvgDocument doc = SvgDocument.parse(ChartRenderer.renderSvg(PanelGrid.of("t", SampleCharts.panels(9))));
        assertEquals(9, doc.groups("panel").size());
        assertEquals(8, doc.groups("curve").size(), "panel 5 is flat, without a curve");
        assertTrue(doc.texts().contains("Cpd-9 \u00b7 JAK1"));
        DecodedPng png = DecodedPng.of(ChartRenderer.renderPng(PanelGrid.of("t", SampleCharts.panels(9))));
        assertEquals(PanelGrid.of("t", SampleCharts.panels(9)).preferredSize().width(), png.width());
        assertTrue(png.count(Palette.color(1), 30) > 100, "JAK2 panels in vermillion");
    }

    @Test
    void textStaysInsideAndApartInSharedAndIndependentGrids() {
        PanelGrid nine = PanelGrid.of("Kinase panel", SampleCharts.panels(9));
        for (PanelGrid grid : List.of(nine, nine.withSharing(AxisSharing.INDEPENDENT),
            PanelGrid.of("Screen", SampleCharts.panels(120)))) {
            for (int[] size : new int[][]{{900, 760}, {600, 480}, {1540, 1290}}) {
                RecordingCanvas c = TextLayoutChecks.record(grid, size[0], size[1]);
                TextLayoutChecks.allTextInside(c);
                TextLayoutChecks.noOverlapWithin(c, "x-axis");
                TextLayoutChecks.noOverlapWithin(c, "y-axis");
            }
        }
    }

    @Test
    void anEmptyGridSaysSoInsteadOfFailing() {
        DecodedPng png = DecodedPng.of(ChartRenderer.renderPng(PanelGrid.of("none", List.of()), 300, 200));
        assertEquals(RgbColor.WHITE, png.at(0, 0));
        assertTrue(SvgDocument.parse(ChartRenderer.renderSvg(PanelGrid.of("none", List.of()), 300, 200)).texts()
            .contains("no curves to show"));
    }
}
