package org.jakstat.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.canvas.DecodedPng;
import org.jakstat.core.plot.canvas.RecordingCanvas;
import org.jakstat.core.plot.canvas.RgbColor;
import org.jakstat.core.plot.canvas.SvgCanvas;
import org.jakstat.core.plot.canvas.SvgDocument;
import org.jakstat.core.potency.Qualifier;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Selectivity dot/bar charts and heat maps: censored values drawn distinctly, labels, colours, layout. */
class CategoryChartAndHeatMapTest {

    private static List<Element> inGroup(final Element group, final String name) {
        List<Element> list = new ArrayList<>();
        var nodes = group.getElementsByTagNameNS(SvgCanvas.NAMESPACE, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element)nodes.item(i));
        }
        return list;
    }

    @Test
    void censoredValuesGetHollowMarkersAndArrowsTowardsTheTrueValue() {
        SvgDocument doc = SvgDocument.parse(ChartRenderer.renderSvg(SampleCharts.selectivity(), 800, 500));
        List<Element> arrows = doc.groups("censored");
        assertEquals(2, arrows.size(), "baricitinib/JAK3 and upadacitinib/TYK2 are bounds");
        for (Element arrow : arrows) {
            String d = inGroup(arrow, "path").get(1).getAttribute("d");
            String[] xy = d.replace("M", "").replace("Z", "").split("L");
            double baseY = Double.parseDouble(xy[0].split(" ")[1]);
            double tipY = Double.parseDouble(xy[2].split(" ")[1]);
            assertTrue(tipY > baseY, "pIC50 '<' bound: arrow points down, got " + d);
        }
        Element values = doc.groups("values").get(0);
        long hollowCircles = inGroup(values, "circle").stream().filter(c -> "none".equals(c.getAttribute("fill")))
            .count();
        assertEquals(1, hollowCircles, "baricitinib's censored JAK3 value is an open circle");
        assertTrue(doc.texts().containsAll(List.of("<6.4", "<5.0", "8.8", "JAK1", "TYK2", "pIC50", "upadacitinib")));
    }

    @Test
    void lowerBoundsPointUp() {
        CategoryChart chart = CategoryChart.of("", List.of(CategoryValue.of("JAK1", "a", 7),
            new CategoryValue("JAK2", "a", 8, Qualifier.GREATER)), AxisSpec.linear("pIC50"));
        SvgDocument doc = SvgDocument.parse(ChartRenderer.renderSvg(chart, 400, 300));
        String d = inGroup(doc.groups("censored").get(0), "path").get(1).getAttribute("d");
        String[] xy = d.replace("M", "").replace("Z", "").split("L");
        assertTrue(Double.parseDouble(xy[2].split(" ")[1]) < Double.parseDouble(xy[0].split(" ")[1]), d);
        assertTrue(doc.texts().contains(">8.0"));
    }

    @Test
    void missingValuesAreNotedAndCategoriesKeepTheirOrder() {
        CategoryChart chart = CategoryChart.of("", List.of(CategoryValue.of("TYK2", "a", 7),
            CategoryValue.of("JAK1", "a", Double.NaN), CategoryValue.of("JAK1", "b", 6)), AxisSpec.linear("pIC50"));
        assertEquals(List.of("TYK2", "JAK1"), chart.categories());
        assertEquals(List.of("a", "b"), chart.groups());
        assertEquals(List.of("1 value missing or not placeable not shown"), chart.notes());
        DecodedPng png = DecodedPng.of(ChartRenderer.renderPng(chart, 400, 300));
        assertTrue(png.count(Palette.color(1), 20) > 10, "group b drawn in the second palette colour");
    }

    @Test
    void manyLongCategoryLabelsTurnAndStayInside() {
        List<CategoryValue> values = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            values.add(CategoryValue.of("kinase with a long name " + i, "cpd", 5 + i % 4));
        }
        CategoryChart chart = CategoryChart.of("Panel", values, AxisSpec.linear("pIC50"));
        for (int[] size : new int[][]{{800, 500}, {500, 400}, {1600, 600}}) {
            RecordingCanvas c = TextLayoutChecks.record(chart, size[0], size[1]);
            TextLayoutChecks.allTextInside(c);
            TextLayoutChecks.noOverlapWithin(c, "category-labels");
            TextLayoutChecks.noOverlapWithin(c, "y-axis");
        }
        RecordingCanvas selectivity = TextLayoutChecks.record(SampleCharts.selectivity(), 800, 500);
        TextLayoutChecks.allTextInside(selectivity);
        TextLayoutChecks.noOverlapWithin(selectivity, "category-labels");
        TextLayoutChecks.noOverlapWithin(selectivity, "values");
    }

    @Test
    void barsAreDrawnFromTheAxisAndCensoredBarsArePale() {
        DecodedPng png = DecodedPng.of(ChartRenderer.renderPng(SampleCharts.selectivity()
            .withStyle(CategoryStyle.BARS), 800, 500));
        RgbColor solid = RgbColor.WHITE.mix(Palette.color(0), 0.85);
        RgbColor pale = RgbColor.WHITE.mix(Palette.color(0), 0.3);
        assertTrue(png.count(solid, 6) > 1000, "exact bars nearly opaque");
        assertTrue(png.count(pale, 6) > 100, "the censored bar pale");
    }

    @Test
    void heatMapColoursFollowTheScaleAndLabelsTheValues() {
        SvgDocument doc = SvgDocument.parse(ChartRenderer.renderSvg(SampleCharts.heatMap()));
        List<Element> cells = inGroup(doc.groups("cells").get(0), "path");
        assertEquals(16, cells.size());
        List<String> fills = cells.stream().map(e -> e.getAttribute("fill")).toList();
        assertEquals(ColorScale.VIRIDIS.color(1).hex(), fills.get(6), "tofacitinib on JAK3 is the highest value");
        assertEquals(ColorScale.VIRIDIS.color(0).hex(), fills.get(11), "upadacitinib on TYK2 is the lowest");
        Element dark = inGroup(doc.groups("cells").get(0), "text").stream()
            .filter(e -> e.getTextContent().equals("<5.0")).findFirst().orElseThrow();
        assertEquals("#ffffff", dark.getAttribute("fill"), "white text on the dark cell");
        assertTrue(doc.texts().containsAll(List.of("baricitinib", "JAK3", "pIC50", "<6.4")));
        assertEquals(1, doc.groups("color-scale").size());
    }

    @Test
    void missingAndRepeatedHeatMapCellsAreShownAndNoted() {
        HeatMap map = HeatMap.of("", List.of(CategoryValue.of("JAK1", "a", 7), CategoryValue.of("JAK2", "b", 8),
            CategoryValue.of("JAK1", "a", 9), CategoryValue.of("JAK2", "a", Double.NaN)), "pIC50");
        assertEquals(List.of("1 cell without a value shown as \u2013",
            "1 repeated cell ignored (the first value counts)"), map.notes());
        SvgDocument doc = SvgDocument.parse(ChartRenderer.renderSvg(map, 400, 300));
        long dashes = doc.texts().stream().filter("\u2013"::equals).count();
        assertEquals(2, dashes, "a/JAK2 (NaN) and b/JAK1 (absent)");
        assertTrue(doc.texts().contains("7.0"));
        assertTrue(!doc.texts().contains("9.0"));
    }

    @Test
    void colourScalesRunDarkToLight() {
        for (ColorScale s : ColorScale.values()) {
            assertTrue(s.color(0).relativeLuminance() < s.color(0.5).relativeLuminance());
            assertTrue(s.color(0.5).relativeLuminance() < s.color(1).relativeLuminance());
            assertEquals(s.color(0), s.color(-3));
            assertEquals(s.color(1), s.color(Double.POSITIVE_INFINITY));
        }
    }

    @Test
    void everyChartTypeRendersDeterministicallyAndStaysInside() {
        List<Chart> charts = List.of(SampleCharts.doseResponse(), SampleCharts.timeCourse(), SampleCharts.selectivity(),
            SampleCharts.heatMap(), PanelGrid.of("g", SampleCharts.panels(4)));
        for (Chart chart : charts) {
            String a = ChartRenderer.renderSvg(chart);
            assertEquals(a, ChartRenderer.renderSvg(chart), chart.getClass().getSimpleName());
            TextLayoutChecks.allTextInside(TextLayoutChecks.record(chart, chart.preferredSize().width(),
                chart.preferredSize().height()));
            TextLayoutChecks.allTextInside(TextLayoutChecks.record(chart, 320, 240));
        }
    }

    @Test
    void paletteIsOkabeItoAndStable() {
        assertEquals("#0072b2", Palette.color(0).hex());
        assertEquals("#d55e00", Palette.color(1).hex());
        assertEquals(Palette.color(3), Palette.color(11));
        assertNotEquals(Palette.marker(0), Palette.marker(1));
        assertEquals(8, Palette.OKABE_ITO.stream().distinct().count());
    }
}
