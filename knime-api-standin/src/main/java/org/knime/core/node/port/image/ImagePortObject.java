package org.knime.core.node.port.image;

import java.io.IOException;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.image.ImagePortObject}: an image on a port. (Saving and
 * loading are not supported by the stand-in.)
 */
public class ImagePortObject extends AbstractPortObject {

    /** The image port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ImagePortObject.class);

    /** The optional image port type. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(ImagePortObject.class, true);

    private ImageContent m_content;

    private ImagePortObjectSpec m_spec;

    /** Framework constructor for loading. */
    public ImagePortObject() {
    }

    /**
     * @param content the image
     * @param spec its spec (the cell type)
     */
    public ImagePortObject(final ImageContent content, final ImagePortObjectSpec spec) {
        if (spec == null || content == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_content = content;
        m_spec = spec;
    }

    /** @return the image as a cell; a missing cell if its type does not match the spec (logged) */
    public DataCell toDataCell() {
        DataType expected = m_spec.getDataType();
        DataCell cell = m_content.toImageCell();
        if (!expected.isASuperTypeOf(cell.getType())) {
            NodeLogger.getLogger(ImagePortObject.class).coding("Inconsistent data types for image cell \""
                + cell.getClass().getName() + "\" -- expected type \"" + expected + "\"");
            return DataType.getMissingCell();
        }
        return cell;
    }

    @Override
    public String getSummary() {
        return m_content.getSummary();
    }

    @Override
    public ImagePortObjectSpec getSpec() {
        return m_spec;
    }

    @Override
    protected void load(final PortObjectZipInputStream in, final PortObjectSpec spec, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        throw new IOException("The KNIME API stand-in does not load port objects.");
    }

    @Override
    protected void save(final PortObjectZipOutputStream out, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        throw new IOException("The KNIME API stand-in does not save port objects.");
    }
}
