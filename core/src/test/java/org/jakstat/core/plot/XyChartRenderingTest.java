package org.jakstat.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.DecodedPng;
import org.jakstat.core.plot.canvas.RgbColor;
import org.jakstat.core.plot.canvas.SvgDocument;
import org.junit.jupiter.api.Test;

/** XY charts rendered to PNG (decoded and sampled where the axis mapping puts the data) and to SVG (parsed). */
class XyChartRenderingTest {

    private static final RgbColor BLUE = Palette.color(0);

    private static XyChartPainter.Layout layout(final XyChart chart, final int width, final int height) {
        return XyChartPainter.layout(chart, new Box(0, 0, width, height), Theme.forArea(width, height));
    }

    @Test
    void curvePixelsLieWhereTheAxisMappingPutsThem() {
        XyChart chart = SampleCharts.doseResponse().toBuilder().build();
        XyChart curveOnly = XyChart.builder().xAxis(chart.xAxis()).yAxis(chart.yAxis())
            .series(XySeries.ofCurve("fit", SampleCharts.fittedCurve())).build();
        DecodedPng png = DecodedPng.of(ChartRenderer.renderPng(curveOnly, 800, 600));
        assertEquals(800, png.width());
        assertEquals(600, png.height());
        XyFrame f = layout(curveOnly, 800, 600).xy();
        for (double x : new double[]{1e-10, 1e-9, SampleCharts.IC50, 1e-7, 1e-6}) {
            double px = f.x().pixel(x);
            double py = f.y().pixel(SampleCharts.fourPl(x));
            assertTrue(png.hasColorNear(px, py, 1, BLUE, 40), "curve at x=" + x + " -> (" + px + ", " + py + ")");
        }
        double midY = f.y().pixel(50);
        assertEquals(RgbColor.WHITE, png.at((int)f.x().pixel(1e-10), (int)midY), "nothing drawn off the curve");
    }

    @Test
    void backgroundIsWhite() {
        DecodedPng png = DecodedPng.of(ChartRenderer.renderPng(SampleCharts.doseResponse(), 800, 600));
        for (int[] corner : new int[][]{{0, 0}, {799, 0}, {0, 599}, {799, 599}}) {
            assertEquals(RgbColor.WHITE, png.at(corner[0], corner[1]));
        }
    }

    @Test
    void bandIsTranslucentSeriesColour() {
        XyChart chart = SampleCharts.doseResponse();
        DecodedPng png = DecodedPng.of(ChartRenderer.renderPng(chart, 800, 600));
        XyFrame f = layout(chart, 800, 600).xy();
        double x = 3e-7;
        double y = SampleCharts.fourPl(x) + 0.6 * SampleCharts.bandHalfWidth(x);
        RgbColor expected = RgbColor.WHITE.mix(BLUE, SeriesPainter.BAND_OPACITY);
        assertTrue(png.hasColorNear(f.x().pixel(x), f.y().pixel(y), 0, expected, 4),
            "band pixel " + png.at((int)Math.round(f.x().pixel(x)), (int)Math.round(f.y().pixel(y))) + " vs "
                + expected);
    }

    @Test
    void errorBarsReachTheirEndsWithCaps() {
        XyChart chart = XyChart.builder().xAxis(AxisSpec.linear("Time [h]").withRange(0, 10))
            .yAxis(AxisSpec.linear("Inhibition [%]").withRange(0, 100))
            .series(XySeries.of("4 mg", List.of(DataPoint.withError(5, 50, 20)))).build();
        DecodedPng png = DecodedPng.of(ChartRenderer.renderPng(chart, 800, 600));
        XyFrame f = layout(chart, 800, 600).xy();
        double px = f.x().pixel(5);
        assertTrue(png.hasColorNear(px, f.y().pixel(65), 1, BLUE, 30), "bar above the marker");
        assertTrue(png.hasColorNear(px, f.y().pixel(35), 1, BLUE, 30), "bar below the marker");
        double cap = new Theme(Theme.forArea(800, 600).base()).markerSize() / 2 - 1;
        assertTrue(png.hasColorNear(px + cap, f.y().pixel(70), 1, BLUE, 60), "upper cap");
        assertTrue(png.hasColorNear(px - cap, f.y().pixel(30), 1, BLUE, 60), "lower cap");
        assertEquals(RgbColor.WHITE, png.at((int)Math.round(px), (int)Math.round(f.y().pixel(80))), "bar stops");
    }

    @Test
    void excludedPointsAreHollow() {
        XyChart chart = XyChart.builder().xAxis(AxisSpec.linear("x").withRange(0, 10))
            .yAxis(AxisSpec.linear("y").withRange(0, 10))
            .series(XySeries.of("s", List.of(DataPoint.of(3, 5), DataPoint.excluded(7, 5)))).build();
        DecodedPng png = DecodedPng.of(ChartRenderer.renderPng(chart, 800, 600));
        XyFrame f = layout(chart, 800, 600).xy();
        double r = Theme.forArea(800, 600).markerSize() / 2;
        double py = f.y().pixel(5);
        assertTrue(png.hasColorNear(f.x().pixel(3) + r * 0.5, py, 0, BLUE, 10), "kept point is solid");
        assertTrue(png.hasColorNear(f.x().pixel(7) + r * 0.45, py, 0, RgbColor.WHITE, 16),
            "excluded point is hollow: " + png.at((int)Math.round(f.x().pixel(7) + r * 0.45), (int)Math.round(py)));
        assertTrue(png.hasColorNear(f.x().pixel(7), py, 1, BLUE, 60), "cross through the excluded point");
    }

    @Test
    void svgHasTheCurveTickLabelsAndTitles() {
        SvgDocument doc = SvgDocument.parse(ChartRenderer.renderSvg(SampleCharts.doseResponse(), 800, 600));
        assertEquals(1, doc.groups("curve").size());
        assertEquals(1, doc.groups("curve").get(0).getElementsByTagNameNS(
            org.jakstat.core.plot.canvas.SvgCanvas.NAMESPACE, "path").getLength());
        assertEquals(1, doc.groups("band").size());
        List<String> texts = doc.texts();
        for (String label : List.of("100 pM", "1 nM", "10 nM", "100 nM", "1 \u00b5M", "0", "20", "100",
            "Baricitinib concentration", "Kinase activity [% of control]", "IC50 = 12.0 nM", "JAK1", "excluded",
            "1 point at x \u2264 0 not shown on the log x axis")) {
            assertTrue(texts.contains(label), "missing text '" + label + "' in " + texts);
        }
    }

    @Test
    void svgEscapesTitlesAndIsDeterministic() {
        XyChart chart = SampleCharts.doseResponse().toBuilder().title("IC50 < 1 \u00b5M & \"potent\"").build();
        String a = ChartRenderer.renderSvg(chart, 800, 600);
        String b = ChartRenderer.renderSvg(chart, 800, 600);
        assertEquals(a, b);
        assertTrue(a.contains("IC50 &lt; 1 &#xB5;M &amp; &quot;potent&quot;"));
        assertTrue(SvgDocument.parse(a).texts().contains("IC50 < 1 \u00b5M & \"potent\""));
    }

    @Test
    void controlsAtZeroAreReportedNotDropped() {
        XyChart chart = SampleCharts.doseResponse();
        assertEquals(List.of("1 point at x \u2264 0 not shown on the log x axis"), chart.notes());
    }

    @Test
    void allMissingDataStillRendersWithNotes() {
        XyChart chart = XyChart.builder().xAxis(AxisSpec.logConcentration("c")).yAxis(AxisSpec.linear("y"))
            .series(XySeries.of("s", List.of(DataPoint.of(Double.NaN, 1), DataPoint.of(0, Double.NaN),
                DataPoint.of(-1e-9, 50))))
            .reference(ReferenceLine.vertical(Double.NaN, "IC50"))
            .build();
        DecodedPng png = DecodedPng.of(ChartRenderer.renderPng(chart, 400, 300));
        assertEquals(400, png.width());
        assertEquals(List.of("1 point at x \u2264 0 not shown on the log x axis",
            "2 points with a missing x or y not shown", "reference line 'IC50' outside the x axis range not shown"),
            chart.notes());
        SvgDocument.parse(ChartRenderer.renderSvg(chart, 400, 300));
    }

    @Test
    void pointsOutsideAFixedRangeAreCounted() {
        XyChart chart = XyChart.builder().xAxis(AxisSpec.linear("x").withRange(0, 10))
            .yAxis(AxisSpec.linear("y").withRange(0, 10))
            .series(XySeries.of("s", List.of(DataPoint.of(5, 5), DataPoint.of(11, 5), DataPoint.of(5, -1))))
            .build();
        assertEquals(List.of("2 points outside the axis ranges not shown"), chart.notes());
    }

    @Test
    void textStaysInsideAndTickLabelsApartAtManySizes() {
        for (int[] size : new int[][]{{800, 600}, {300, 240}, {200, 150}, {1600, 400}, {400, 1200}}) {
            var c = TextLayoutChecks.record(SampleCharts.doseResponse(), size[0], size[1]);
            TextLayoutChecks.allTextInside(c);
            TextLayoutChecks.noOverlapWithin(c, "x-axis");
            TextLayoutChecks.noOverlapWithin(c, "y-axis");
            assertFalse(c.texts("x-axis").isEmpty());
        }
    }

    @Test
    void longTitlesShrinkThenGetCut() {
        String title = "A very long title that no one should write but someone will ".repeat(4);
        var c = TextLayoutChecks.record(SampleCharts.doseResponse().toBuilder().title(title).build(), 400, 300);
        TextLayoutChecks.allTextInside(c);
        assertTrue(c.texts("title").get(0).text().endsWith("\u2026"));
    }

    @Test
    void pngScaleDoublesPixelsButKeepsTheLayout() {
        DecodedPng png = DecodedPng.of(ChartRenderer.renderPng(SampleCharts.doseResponse(), 400, 300, 2));
        assertEquals(800, png.width());
        assertEquals(600, png.height());
    }
}
