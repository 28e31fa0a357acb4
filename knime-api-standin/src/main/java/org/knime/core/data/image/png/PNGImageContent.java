package org.knime.core.data.image.png;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.image.png.PNGImageContent}: PNG bytes, decoded with
 * {@link ImageIO} (headless-safe). The constructor rejects bytes ImageIO cannot decode, as KNIME does.
 */
public class PNGImageContent implements ImageContent {

    /** The type of PNG image cells. */
    public static final DataType TYPE = DataType.getType(PNGImageCell.class);

    private byte[] m_bytes;

    /** Framework constructor for restoring content. Do not use. */
    public PNGImageContent() {
    }

    /** @param imageBytes the PNG file content (not copied) */
    public PNGImageContent(final byte[] imageBytes) {
        if (imageBytes == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_bytes = imageBytes;
        decode();
    }

    /**
     * @param is a PNG stream, read to its end (not closed)
     * @throws IOException if reading fails
     */
    public PNGImageContent(final InputStream is) throws IOException {
        this(is.readAllBytes());
    }

    private BufferedImage decode() {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(m_bytes));
            if (img == null) {
                throw new IllegalArgumentException("Unable to read image: ImageIO returned null");
            }
            return img;
        } catch (IOException e) {
            throw new IllegalArgumentException("Unable to read image: " + e.getMessage(), e);
        }
    }

    /** @return the bytes themselves (do not modify) */
    public byte[] getByteArrayReference() {
        return m_bytes;
    }

    /** @return a copy of the bytes */
    public byte[] getByteArray() {
        return m_bytes.clone();
    }

    /** @return the decoded image */
    public Image getImage() {
        return decode();
    }

    @Override
    public void paint(final Graphics2D g, final int width, final int height) {
        BufferedImage img = decode();
        double scale = Math.min(width / (double)img.getWidth(), height / (double)img.getHeight());
        int w = (int)Math.round(img.getWidth() * scale);
        int h = (int)Math.round(img.getHeight() * scale);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, (width - w) / 2, (height - h) / 2, w, h, null);
    }

    @Override
    public void save(final OutputStream output) throws IOException {
        output.write(m_bytes);
    }

    @Override
    public DataCell toImageCell() {
        return new PNGImageCell(this);
    }

    @Override
    public Dimension getPreferredSize() {
        BufferedImage img = decode();
        return new Dimension(img.getWidth(), img.getHeight());
    }

    @Override
    public String getSummary() {
        Dimension d = getPreferredSize();
        String summary = "PNG Image " + d.width + " x " + d.height + " with ";
        return m_bytes.length < 1000 ? summary + m_bytes.length + " B" : summary + (m_bytes.length / 1024) + " KB";
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_bytes);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj == this || (obj instanceof PNGImageContent p && Arrays.equals(p.m_bytes, m_bytes));
    }
}
