package org.jakstat.core.plot.canvas;

/**
 * Which point of a text's box sits at the coordinates given to {@link Canvas#text}. The box is the advance
 * width by the font's ascent plus descent; rotation turns it about the anchor point.
 */
public enum TextAnchor {
    /** top left corner */
    TOP_LEFT(0, 0),
    /** middle of the top edge */
    TOP_CENTER(0.5, 0),
    /** top right corner */
    TOP_RIGHT(1, 0),
    /** middle of the left edge */
    MIDDLE_LEFT(0, 0.5),
    /** centre */
    CENTER(0.5, 0.5),
    /** middle of the right edge */
    MIDDLE_RIGHT(1, 0.5),
    /** bottom left corner */
    BOTTOM_LEFT(0, 1),
    /** middle of the bottom edge */
    BOTTOM_CENTER(0.5, 1),
    /** bottom right corner */
    BOTTOM_RIGHT(1, 1);

    private final double m_horizontal;

    private final double m_vertical;

    TextAnchor(final double horizontal, final double vertical) {
        m_horizontal = horizontal;
        m_vertical = vertical;
    }

    /** @return the anchor's horizontal position as a fraction of the width: 0 left, 0.5 centre, 1 right */
    public double horizontal() {
        return m_horizontal;
    }

    /** @return the anchor's vertical position as a fraction of the height: 0 top, 0.5 middle, 1 bottom */
    public double vertical() {
        return m_vertical;
    }
}
