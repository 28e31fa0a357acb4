package org.jakstat.core.plot;

import java.util.List;

import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;
import org.jakstat.core.plot.canvas.TextAnchor;
import org.jakstat.core.plot.canvas.TextMeasurer;
import org.jakstat.core.plot.canvas.TextStyle;

/**
 * Labels under equal-width category bands (kinases under a selectivity plot, columns under a heat map):
 * horizontal when they fit their band, else turned 45° (or 90° when even that crowds), hanging from the band
 * centre. Labels are cut to a third of the chart's height at most.
 *
 * @param rotation 0, -45 or -90 degrees
 * @param style the text style
 * @param maxLength the longest a label may be along its reading direction
 */
record CategoryLabels(double rotation, TextStyle style, double maxLength) {

    static CategoryLabels choose(final List<String> labels, final double bandWidth, final double chartHeight,
        final Theme t) {
        TextStyle style = t.tick();
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, TextMeasurer.width(label, style));
        }
        double maxLength = chartHeight / 3;
        double h = TextMeasurer.height(style);
        if (widest + t.gap() <= bandWidth) {
            return new CategoryLabels(0, style, bandWidth);
        }
        if (bandWidth * Math.sqrt(0.5) >= h + t.gap() / 2) {
            return new CategoryLabels(-45, style, maxLength);
        }
        return new CategoryLabels(-90, style, maxLength);
    }

    /** The height the labels take below the axis line, including the gap to it. */
    double height(final List<String> labels, final Theme t) {
        double tallest = 0;
        for (String label : labels) {
            tallest = Math.max(tallest, bounds(label, 0, 0, t).height());
        }
        return t.tickLength() + t.gap() + tallest;
    }

    /** How far the first label reaches left of its band centre (rotated labels hang to the left). */
    double leftReach(final String first, final Theme t) {
        return -bounds(first, 0, 0, t).x();
    }

    void draw(final Canvas c, final List<String> labels, final double[] centres, final double top, final Theme t) {
        c.group("category-labels", () -> {
            for (int i = 0; i < labels.size(); i++) {
                String text = TextMeasurer.truncated(labels.get(i), style, maxLength);
                c.text(text, centres[i], top + t.tickLength() + t.gap(), style, anchor(), rotation);
            }
        });
    }

    private Box bounds(final String label, final double x, final double y, final Theme t) {
        String text = TextMeasurer.truncated(label, style, maxLength);
        return TextMeasurer.bounds(text, x, y + t.tickLength() + t.gap(), style, anchor(), rotation);
    }

    private TextAnchor anchor() {
        return rotation == 0 ? TextAnchor.TOP_CENTER : TextAnchor.MIDDLE_RIGHT;
    }
}
