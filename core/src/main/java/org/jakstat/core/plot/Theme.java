package org.jakstat.core.plot;

import org.jakstat.core.plot.canvas.LineStyle;
import org.jakstat.core.plot.canvas.RgbColor;
import org.jakstat.core.plot.canvas.TextStyle;

/**
 * Font sizes, line widths and spacing of a chart, all proportional to one base size (the tick label font)
 * that follows the drawing area: 12 px at 800 x 600, never below 9 px nor above 20 px.
 *
 * @param base the tick label font size in pixels
 */
record Theme(double base) {

    static final RgbColor TEXT = RgbColor.of(0x222222);

    static final RgbColor AXIS = RgbColor.of(0x333333);

    static final RgbColor GRID = RgbColor.of(0xe4e4e4);

    static final RgbColor MUTED = RgbColor.of(0x595959);

    private static final double REFERENCE_AREA = 800.0 * 600.0;

    static Theme forArea(final double width, final double height) {
        double base = 12 * Math.sqrt(width * height / REFERENCE_AREA);
        return new Theme(Math.max(9, Math.min(20, base)));
    }

    TextStyle tick() {
        return new TextStyle(base, false, TEXT);
    }

    TextStyle axisTitle() {
        return new TextStyle(base * 1.1, false, TEXT);
    }

    TextStyle title() {
        return new TextStyle(base * 1.4, true, TEXT);
    }

    TextStyle subtitle() {
        return new TextStyle(base * 1.05, false, MUTED);
    }

    TextStyle panelTitle() {
        return new TextStyle(base * 1.05, true, TEXT);
    }

    TextStyle legend() {
        return new TextStyle(base, false, TEXT);
    }

    TextStyle note() {
        return new TextStyle(Math.max(8, base * 0.85), false, MUTED);
    }

    TextStyle valueLabel() {
        return new TextStyle(base * 0.9, false, TEXT);
    }

    double lineWidth() {
        return base / 6;
    }

    double markerSize() {
        return base * 0.75;
    }

    double tickLength() {
        return base * 0.45;
    }

    double pad() {
        return base * 0.8;
    }

    double gap() {
        return base * 0.35;
    }

    LineStyle axisLine() {
        return LineStyle.solid(AXIS, Math.max(1, base / 12));
    }

    LineStyle gridLine() {
        return LineStyle.solid(GRID, Math.max(0.8, base / 14));
    }
}
