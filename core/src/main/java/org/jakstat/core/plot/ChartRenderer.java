package org.jakstat.core.plot;

import java.awt.image.BufferedImage;

import org.jakstat.core.plot.canvas.PngCanvas;
import org.jakstat.core.plot.canvas.SvgCanvas;

/**
 * Renders charts to PNG or SVG. Both formats come from the same drawing code and the same AWT text metrics,
 * so they show the same layout. Runs headless ({@code -Djava.awt.headless=true}); never opens a window.
 */
public final class ChartRenderer {

    private ChartRenderer() {
    }

    /**
     * @param chart the chart
     * @param width width in pixels
     * @param height height in pixels
     * @return PNG bytes, 96 dpi
     */
    public static byte[] renderPng(final Chart chart, final int width, final int height) {
        return renderPng(chart, width, height, 1);
    }

    /**
     * @param chart the chart
     * @param width nominal width in pixels
     * @param height nominal height in pixels
     * @param scale resolution factor in (0, 16]: the image has {@code width * scale} columns and records
     *            {@code 96 * scale} dpi, so 3 gives print quality at the nominal size
     * @return PNG bytes
     */
    public static byte[] renderPng(final Chart chart, final int width, final int height, final double scale) {
        ImageSize size = new ImageSize(width, height);
        return PngCanvas.png(size.width(), size.height(), scale, c -> chart.draw(c, c.bounds()));
    }

    /**
     * @param chart the chart
     * @return PNG bytes at the chart's preferred size, 96 dpi
     */
    public static byte[] renderPng(final Chart chart) {
        ImageSize size = chart.preferredSize();
        return renderPng(chart, size.width(), size.height(), 1);
    }

    /**
     * For views that show the chart directly, e.g. a KNIME node view.
     *
     * @param chart the chart
     * @param width nominal width in pixels
     * @param height nominal height in pixels
     * @param scale resolution factor in (0, 16]
     * @return the rendered image
     */
    public static BufferedImage renderImage(final Chart chart, final int width, final int height,
        final double scale) {
        ImageSize size = new ImageSize(width, height);
        return PngCanvas.draw(size.width(), size.height(), scale, c -> chart.draw(c, c.bounds()));
    }

    /**
     * @param chart the chart
     * @param width width in pixels
     * @param height height in pixels
     * @return a standalone SVG 1.1 document; the same chart gives the same text on the same machine
     */
    public static String renderSvg(final Chart chart, final int width, final int height) {
        ImageSize size = new ImageSize(width, height);
        return SvgCanvas.svg(size.width(), size.height(), c -> chart.draw(c, c.bounds()));
    }

    /**
     * @param chart the chart
     * @return an SVG document at the chart's preferred size
     */
    public static String renderSvg(final Chart chart) {
        ImageSize size = chart.preferredSize();
        return renderSvg(chart, size.width(), size.height());
    }
}
