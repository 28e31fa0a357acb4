package org.knime.core.data.image.png;

import java.util.Arrays;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataValue;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.image.png.PNGImageCell}: a cell holding PNG bytes. Created by
 * {@link PNGImageContent#toImageCell()}. (KNIME switches to a blob cell for large images; the stand-in does not.)
 */
public class PNGImageCell extends DataCell implements PNGImageValue {

    private static final long serialVersionUID = 1L;

    private final PNGImageContent m_content;

    PNGImageCell(final PNGImageContent content) {
        if (content == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_content = content;
    }

    @Override
    public PNGImageContent getImageContent() {
        return m_content;
    }

    @Override
    public String getImageExtension() {
        return "png";
    }

    @Override
    public String toString() {
        return m_content.toString();
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return m_content.equals(((PNGImageCell)dc).m_content);
    }

    @Override
    protected boolean equalContent(final DataValue otherValue) {
        return otherValue instanceof PNGImageValue v
            && Arrays.equals(m_content.getByteArrayReference(), v.getImageContent().getByteArrayReference());
    }

    @Override
    public int hashCode() {
        return m_content.hashCode();
    }
}
