package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/** Stand-in for KNIME's {@code org.knime.core.node.port.PortObjectZipOutputStream}; the stand-in never saves ports. */
public class PortObjectZipOutputStream extends ZipOutputStream {

    PortObjectZipOutputStream(final OutputStream out) {
        super(out);
    }
}
