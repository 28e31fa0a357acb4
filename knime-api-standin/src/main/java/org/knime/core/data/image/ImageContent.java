package org.knime.core.data.image;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;

import org.knime.core.data.DataCell;

/** Stand-in for KNIME's {@code org.knime.core.data.image.ImageContent}: an image held by an image port. */
public interface ImageContent {

    /**
     * @param g where to draw
     * @param width available width
     * @param height available height
     */
    void paint(Graphics2D g, int width, int height);

    /** @return the natural size */
    Dimension getPreferredSize();

    /** @return the image as a table cell */
    DataCell toImageCell();

    /**
     * @param output receives the encoded image
     * @throws IOException if writing fails
     */
    void save(OutputStream output) throws IOException;

    /** @return a one-line summary */
    String getSummary();
}
