package org.jakstat.core.plot.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Both backends draw the primitives; PNGs are decoded and SVGs parsed rather than trusted. */
class CanvasBackendTest {

    private static final RgbColor RED = new RgbColor(213, 94, 0);

    private static final RgbColor BLUE = new RgbColor(0, 114, 178);

    @Test
    void pngHasTheRequestedSizeAndAWhiteBackground() {
        DecodedPng png = DecodedPng.of(PngCanvas.png(320, 200, 1, c -> { }));
        assertEquals(320, png.width());
        assertEquals(200, png.height());
        assertEquals(RgbColor.WHITE, png.at(0, 0));
        assertEquals(RgbColor.WHITE, png.at(319, 199));
    }

    @Test
    void scaleMultipliesPixelsAndIsRecordedAsResolution() throws Exception {
        byte[] bytes = PngCanvas.png(100, 50, 2, c -> c.line(0, 25, 100, 25, LineStyle.solid(RED, 2)));
        DecodedPng png = DecodedPng.of(bytes);
        assertEquals(200, png.width());
        assertEquals(100, png.height());
        assertTrue(png.hasColorNear(100, 50, 1, RED, 10), "line drawn at the scaled position");
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode)reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode)root.getElementsByTagName("pHYs").item(0);
            double dpi = Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
            assertEquals(192, dpi, 0.1);
        }
    }

    @Test
    void translucentFillBlendsWithTheBackground() {
        DecodedPng png = DecodedPng.of(PngCanvas.png(100, 100, 1,
            c -> c.rectangle(new Box(10, 10, 80, 80), new FillStyle(BLUE, 0.25))));
        RgbColor mid = png.at(50, 50);
        assertEquals(191, mid.red(), 2);
        assertEquals(220, mid.green(), 2);
        assertEquals(236, mid.blue(), 2);
        assertEquals(RgbColor.WHITE, png.at(5, 5));
    }

    @Test
    void hollowMarkersLeaveTheirInsideUnpainted() {
        MarkerStyle filled = MarkerStyle.filled(MarkerShape.CIRCLE, 20, BLUE);
        DecodedPng png = DecodedPng.of(PngCanvas.png(100, 60, 1, c -> {
            c.marker(25, 30, filled);
            c.marker(75, 30, filled.excluded());
        }));
        assertTrue(png.hasColorNear(25 + 5, 30, 0, BLUE, 10), "solid marker painted inside");
        assertEquals(RgbColor.WHITE, png.at(75 + 5, 30), "hollow marker empty beside its centre");
        assertTrue(png.hasColorNear(75, 30, 0, BLUE, 40), "the cross runs through the centre");
        assertTrue(png.hasColorNear(75 + 9, 30, 1, BLUE, 60), "outline drawn");
    }

    @Test
    void clippingKeepsDrawingInsideTheBox() {
        DecodedPng png = DecodedPng.of(PngCanvas.png(100, 100, 1,
            c -> c.clipped(new Box(20, 20, 60, 60), () -> c.line(0, 50, 100, 50, LineStyle.solid(RED, 3)))));
        assertTrue(png.hasColorNear(50, 50, 1, RED, 10));
        assertEquals(RgbColor.WHITE, png.at(10, 50));
        assertEquals(RgbColor.WHITE, png.at(90, 50));
    }

    @Test
    void nonFiniteVerticesBreakALineIntoRuns() {
        String svg = SvgCanvas.svg(100, 100, c -> c.polyline(new double[]{0, 10, 20, Double.NaN, 40, 50, 60},
            new double[]{0, 10, 20, 30, 40, 50, Double.POSITIVE_INFINITY}, LineStyle.solid(RED, 1)));
        List<Element> paths = SvgDocument.parse(svg).elements("path");
        assertEquals(2, paths.size());
        assertEquals("M0.00 0.00L10.00 10.00L20.00 20.00", paths.get(0).getAttribute("d"));
        assertEquals("M40.00 40.00L50.00 50.00", paths.get(1).getAttribute("d"));
    }

    @Test
    void svgIsAStandaloneSvgDocument() {
        SvgDocument doc = SvgDocument.parse(SvgCanvas.svg(320, 200, c -> { }));
        assertEquals("svg", doc.root().getLocalName());
        assertEquals(SvgCanvas.NAMESPACE, doc.root().getNamespaceURI());
        assertEquals("1.1", doc.root().getAttribute("version"));
        assertEquals("0 0 320.00 200.00", doc.root().getAttribute("viewBox"));
        assertEquals("#ffffff", doc.elements("rect").get(0).getAttribute("fill"));
    }

    @Test
    void textIsEscapedAndSurvivesParsing() {
        String label = "IC50 < 1 \u00b5M & \"pSTAT3\" 'x' \u2265 10\u207b\u2079 \ud83d\udc8a";
        String svg = SvgCanvas.svg(300, 100,
            c -> c.text(label, 10, 50, TextStyle.plain(12), TextAnchor.MIDDLE_LEFT, 0));
        assertTrue(svg.chars().allMatch(ch -> ch < 128), "ASCII only, whatever the encoding");
        assertTrue(svg.contains("&lt;") && svg.contains("&amp;") && svg.contains("&#xB5;"));
        assertEquals(List.of(label), SvgDocument.parse(svg).texts());
    }

    @Test
    void charactersXmlForbidsAreReplaced() {
        String svg = SvgCanvas.svg(300, 100,
            c -> c.text("a\u0001b\ud800c", 10, 50, TextStyle.plain(12), TextAnchor.MIDDLE_LEFT, 0));
        assertEquals(List.of("a\ufffdb\ufffdc"), SvgDocument.parse(svg).texts());
    }

    @Test
    void textAnchorsMapToSvgAndRotationToATransform() {
        String svg = SvgCanvas.svg(300, 300, c -> {
            c.text("centre", 150, 150, TextStyle.plain(12), TextAnchor.CENTER, 0);
            c.text("end", 150, 150, TextStyle.plain(12).withBold(true), TextAnchor.MIDDLE_RIGHT, 0);
            c.text("up", 20, 150, TextStyle.plain(12), TextAnchor.TOP_CENTER, -90);
        });
        List<Element> texts = SvgDocument.parse(svg).elements("text");
        assertEquals("middle", texts.get(0).getAttribute("text-anchor"));
        assertEquals("end", texts.get(1).getAttribute("text-anchor"));
        assertEquals("bold", texts.get(1).getAttribute("font-weight"));
        assertEquals("rotate(-90.00 20.00 150.00)", texts.get(2).getAttribute("transform"));
        double baseline = Double.parseDouble(texts.get(0).getAttribute("y"));
        TextStyle s = TextStyle.plain(12);
        assertEquals(150 - TextMeasurer.height(s) / 2 + TextMeasurer.ascent(s), baseline, 0.006);
    }

    @Test
    void clipsAndGroupsNestAndStayBalanced() {
        String svg = SvgCanvas.svg(100, 100, c -> c.group("plot", () -> c.clipped(new Box(0, 0, 50, 50),
            () -> c.marker(10, 10, MarkerStyle.filled(MarkerShape.SQUARE, 6, BLUE)))));
        SvgDocument doc = SvgDocument.parse(svg);
        assertEquals(1, doc.groups("plot").size());
        assertEquals(1, doc.elements("clipPath").size());
        Element clipped = doc.elements("g").get(1);
        assertEquals("url(#clip1)", clipped.getAttribute("clip-path"));
        assertEquals(1, clipped.getElementsByTagNameNS(SvgCanvas.NAMESPACE, "path").getLength());
    }

    @Test
    void sameDrawingGivesTheSameBytes() {
        Consumer<Canvas> drawing = c -> {
            c.polyline(new double[]{0.123456, 50.5, 99.999}, new double[]{1e-9, -0.001, 33.333},
                LineStyle.solid(RED, 1.5).withDash(Dash.DASHED));
            c.polygon(new double[]{10, 20, 30}, new double[]{10, 30, 10}, new FillStyle(BLUE, 0.2));
            c.text("10\u207b\u2079 M", 50, 50, TextStyle.plain(11), TextAnchor.TOP_CENTER, 0);
        };
        String a = SvgCanvas.svg(100, 100, drawing);
        String b = SvgCanvas.svg(100, 100, drawing);
        assertEquals(a, b);
        assertTrue(a.contains("M0.12 0.00L50.50 0.00L100.00 33.33"), "fixed two decimals, no -0.00: " + a);
        assertTrue(a.contains("stroke-dasharray=\"7.50,4.50\""));
        assertTrue(a.contains("fill-opacity=\"0.20\""));
    }

    @Test
    void svgNumbersHaveTwoDecimalsWithoutLocale() {
        assertEquals("0.00", SvgText.number(-0.004));
        assertEquals("-1.50", SvgText.number(-1.5));
        assertEquals("1234567.89", SvgText.number(1234567.891));
        assertEquals("0.05", SvgText.number(0.05));
    }

    @Test
    void textBoundsFollowAnchorAndRotation() {
        TextStyle s = TextStyle.plain(14);
        double w = TextMeasurer.width("label", s);
        double h = TextMeasurer.height(s);
        Box centred = TextMeasurer.bounds("label", 100, 100, s, TextAnchor.CENTER, 0);
        assertEquals(100 - w / 2, centred.x(), 1e-9);
        assertEquals(h, centred.height(), 1e-9);
        Box turned = TextMeasurer.bounds("label", 100, 100, s, TextAnchor.BOTTOM_CENTER, -90);
        assertEquals(h, turned.width(), 1e-9);
        assertEquals(w, turned.height(), 1e-9);
        assertEquals(100, turned.right(), 1e-9, "bottom of rotated text sits at the anchor");
        assertTrue(w > 0 && h > 0);
    }

    @Test
    void truncationAddsAnEllipsisOnlyWhenNeeded() {
        TextStyle s = TextStyle.plain(12);
        assertEquals("short", TextMeasurer.truncated("short", s, 200));
        String cut = TextMeasurer.truncated("a rather long chart title that cannot fit", s, 80);
        assertTrue(cut.endsWith("\u2026"));
        assertTrue(TextMeasurer.width(cut, s) <= 80);
        assertNotEquals("", cut);
    }

    @Test
    void refusesAbsurdSizesAndValues() {
        assertThrows(IllegalArgumentException.class, () -> PngCanvas.png(0, 10, 1, c -> { }));
        assertThrows(IllegalArgumentException.class, () -> PngCanvas.png(10, 10, 0, c -> { }));
        assertThrows(IllegalArgumentException.class, () -> PngCanvas.png(100_000, 100_000, 1, c -> { }));
        assertThrows(IllegalArgumentException.class, () -> new RgbColor(256, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new FillStyle(RED, 1.5));
        assertThrows(IllegalArgumentException.class, () -> LineStyle.solid(RED, 0));
        assertFalse(new Box(0, 0, 10, 10).overlaps(new Box(10, 0, 10, 10)), "touching is not overlapping");
    }

    @Test
    void skipsTextAndMarkersAtNonFinitePositions() {
        String svg = SvgCanvas.svg(100, 100, c -> {
            c.text("lost", Double.NaN, 5, TextStyle.plain(10), TextAnchor.CENTER, 0);
            c.marker(5, Double.NaN, MarkerStyle.filled(MarkerShape.CIRCLE, 5, RED));
            c.errorBar(5, Double.NaN, 10, 4, LineStyle.solid(RED, 1));
        });
        SvgDocument doc = SvgDocument.parse(svg);
        assertTrue(doc.texts().isEmpty());
        assertTrue(doc.elements("circle").isEmpty());
        assertTrue(doc.elements("path").isEmpty());
    }
}
