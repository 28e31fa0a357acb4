package org.knime.core.data.image.png;

import org.knime.core.data.image.ImageValue;

/** Stand-in for KNIME's {@code org.knime.core.data.image.png.PNGImageValue}: cells holding a PNG image. */
public interface PNGImageValue extends ImageValue {

    @Override
    PNGImageContent getImageContent();
}
