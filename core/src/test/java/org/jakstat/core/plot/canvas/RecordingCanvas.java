package org.jakstat.core.plot.canvas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** A canvas that records where text lands (with the group it was drawn in), for layout tests. */
public final class RecordingCanvas extends Canvas {

    /**
     * A text as drawn.
     *
     * @param text the text
     * @param group the innermost group's name, or "" outside groups
     * @param bounds the axis-aligned box it occupies
     * @param x anchor x
     * @param y anchor y
     * @param rotation clockwise rotation in degrees
     * @param height the text box's height (ascent plus descent)
     */
    public record DrawnText(String text, String group, Box bounds, double x, double y, double rotation,
        double height) {
    }

    private final List<DrawnText> m_texts = new ArrayList<>();

    private final Deque<String> m_groups = new ArrayDeque<>();

    private int m_paths;

    private RecordingCanvas(final double width, final double height) {
        super(width, height);
    }

    /**
     * @param width width
     * @param height height
     * @param drawing the drawing code
     * @return the canvas after drawing
     */
    public static RecordingCanvas record(final double width, final double height, final Consumer<Canvas> drawing) {
        RecordingCanvas c = new RecordingCanvas(width, height);
        drawing.accept(c);
        return c;
    }

    /** @return the texts in drawing order */
    public List<DrawnText> texts() {
        return m_texts;
    }

    /**
     * @param group a group name
     * @return the texts drawn in that group
     */
    public List<DrawnText> texts(final String group) {
        return m_texts.stream().filter(t -> t.group().equals(group)).toList();
    }

    /** @return how many paths were stroked or filled */
    public int paths() {
        return m_paths;
    }

    @Override
    protected void strokePath(final double[] xs, final double[] ys, final boolean closed, final LineStyle style) {
        m_paths++;
    }

    @Override
    protected void fillPath(final double[] xs, final double[] ys, final FillStyle fill) {
        m_paths++;
    }

    @Override
    protected void fillCircle(final double cx, final double cy, final double radius, final FillStyle fill) {
        m_paths++;
    }

    @Override
    protected void strokeCircle(final double cx, final double cy, final double radius, final LineStyle style) {
        m_paths++;
    }

    @Override
    protected void drawText(final String text, final double x, final double y, final TextStyle style,
        final TextAnchor anchor, final double rotationDegrees) {
        m_texts.add(new DrawnText(text, m_groups.isEmpty() ? "" : m_groups.peek(),
            TextMeasurer.bounds(text, x, y, style, anchor, rotationDegrees), x, y, rotationDegrees,
            TextMeasurer.height(style)));
    }

    @Override
    protected void pushClip(final Box clip) {
        // clipping does not move text
    }

    @Override
    protected void popClip() {
        // clipping does not move text
    }

    @Override
    protected void beginGroup(final String name) {
        m_groups.push(name);
    }

    @Override
    protected void endGroup() {
        m_groups.pop();
    }
}
