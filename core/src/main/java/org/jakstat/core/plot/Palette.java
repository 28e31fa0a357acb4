package org.jakstat.core.plot;

import java.util.List;

import org.jakstat.core.plot.canvas.MarkerShape;
import org.jakstat.core.plot.canvas.RgbColor;

/**
 * Series colours and markers, stable by series index: series 0 is always blue with circles, series 1
 * vermillion with squares, and so on. Colours are the Okabe-Ito palette (Okabe &amp; Ito 2008, "Color
 * Universal Design"), distinguishable with the common forms of colour blindness; yellow, weakest on white,
 * comes last. Shapes cycle too, so series stay apart in greyscale print.
 */
public final class Palette {

    /** The Okabe-Ito colours in the order series use them. */
    public static final List<RgbColor> OKABE_ITO = List.of(RgbColor.of(0x0072B2), RgbColor.of(0xD55E00),
        RgbColor.of(0x009E73), RgbColor.of(0xCC79A7), RgbColor.of(0xE69F00), RgbColor.of(0x56B4E9),
        RgbColor.of(0x000000), RgbColor.of(0xF0E442));

    private static final MarkerShape[] SHAPES = MarkerShape.values();

    private Palette() {
    }

    /**
     * @param seriesIndex the series' position, &ge; 0
     * @return its colour (the palette repeats after eight series)
     */
    public static RgbColor color(final int seriesIndex) {
        return OKABE_ITO.get(Math.floorMod(seriesIndex, OKABE_ITO.size()));
    }

    /**
     * @param seriesIndex the series' position, &ge; 0
     * @return its marker shape (circle, square, triangle, diamond, repeating)
     */
    public static MarkerShape marker(final int seriesIndex) {
        return SHAPES[Math.floorMod(seriesIndex, SHAPES.length)];
    }
}
