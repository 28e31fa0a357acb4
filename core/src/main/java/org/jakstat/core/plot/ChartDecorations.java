package org.jakstat.core.plot;

import java.util.List;

import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;
import org.jakstat.core.plot.canvas.TextAnchor;

/**
 * The parts every chart type shares: title and subtitle at the top, the footnote of notes at the bottom. The
 * measuring methods let layouts be computed without drawing.
 */
final class ChartDecorations {

    private ChartDecorations() {
    }

    /** @return the height title and subtitle take at the top of an area (0 when both are empty) */
    static double titlesHeight(final String title, final String subtitle, final double width, final Theme t) {
        double h = 0;
        if (!title.isEmpty()) {
            h += FittedText.fit(title, t.title(), width).height() + t.gap();
        }
        if (!subtitle.isEmpty()) {
            h += FittedText.fit(subtitle, t.subtitle(), width).height() + t.gap();
        }
        return h == 0 ? 0 : h + t.gap();
    }

    /** Writes title and subtitle centred at the top of an area. */
    static void titles(final Canvas c, final String title, final String subtitle, final Box area, final Theme t) {
        double top = area.y();
        if (!title.isEmpty()) {
            FittedText f = FittedText.fit(title, t.title(), area.width());
            double y = top;
            c.group("title", () -> c.text(f.text(), area.centerX(), y, f.style(), TextAnchor.TOP_CENTER, 0));
            top += f.height() + t.gap();
        }
        if (!subtitle.isEmpty()) {
            FittedText f = FittedText.fit(subtitle, t.subtitle(), area.width());
            double y = top;
            c.group("subtitle", () -> c.text(f.text(), area.centerX(), y, f.style(), TextAnchor.TOP_CENTER, 0));
        }
    }

    private static FittedText footnoteText(final List<String> notes, final double width, final Theme t) {
        return FittedText.fit(String.join("; ", notes), t.note(), width);
    }

    /** @return the height the footnote takes at the bottom of an area (0 without notes) */
    static double footnoteHeight(final List<String> notes, final double width, final Theme t) {
        return notes.isEmpty() ? 0 : footnoteText(notes, width, t).height() + t.gap();
    }

    /**
     * Writes the notes as one line at the bottom left of an area, cut with an ellipsis when too long (the full
     * text is in {@link Chart#notes()}).
     */
    static void footnote(final Canvas c, final List<String> notes, final Box area, final Theme t) {
        if (notes.isEmpty()) {
            return;
        }
        FittedText f = footnoteText(notes, area.width(), t);
        c.group("notes", () -> c.text(f.text(), area.x(), area.bottom(), f.style(), TextAnchor.BOTTOM_LEFT, 0));
    }

    /**
     * Draws title, subtitle and footnote inside the padded area and returns what is left for the chart body.
     *
     * @return the body: the padded area below the titles and above the footnote
     */
    static Box frame(final Canvas c, final String title, final String subtitle, final List<String> notes,
        final Box area, final Theme t) {
        Box inner = area.inset(t.pad(), t.pad(), t.pad(), t.pad());
        titles(c, title, subtitle, inner, t);
        footnote(c, notes, inner, t);
        return body(title, subtitle, notes, area, t);
    }

    /** @return the body {@link #frame} leaves, computed without drawing */
    static Box body(final String title, final String subtitle, final List<String> notes, final Box area,
        final Theme t) {
        Box inner = area.inset(t.pad(), t.pad(), t.pad(), t.pad());
        return inner.inset(0, titlesHeight(title, subtitle, inner.width(), t), 0,
            footnoteHeight(notes, inner.width(), t));
    }

    /** Writes a message centred in an area, for a chart with nothing to show. */
    static void nothingToShow(final Canvas c, final String message, final Box area, final Theme t) {
        c.text(message, area.centerX(), area.centerY(), t.axisTitle(), TextAnchor.CENTER, 0);
    }
}
