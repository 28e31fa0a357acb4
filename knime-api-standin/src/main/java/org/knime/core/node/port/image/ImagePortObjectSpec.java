package org.knime.core.node.port.image;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.image.ImagePortObjectSpec}: the cell type of an image port
 * (e.g. {@code PNGImageContent.TYPE}). Saved as the cell class name only.
 */
public final class ImagePortObjectSpec extends AbstractSimplePortObjectSpec {

    private DataType m_type;

    /** @param type the image cell type */
    public ImagePortObjectSpec(final DataType type) {
        if (type == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_type = type;
    }

    /** Framework constructor for loading. */
    public ImagePortObjectSpec() {
    }

    /** @return the image cell type */
    public DataType getDataType() {
        return m_type;
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        String cellClass = model.getString("cell_class");
        try {
            m_type = DataType.getType(Class.forName(cellClass).asSubclass(DataCell.class));
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new InvalidSettingsException("Unknown cell class: " + cellClass, e);
        }
    }

    @Override
    protected void save(final ModelContentWO model) {
        model.addString("cell_class", m_type.getCellClass() == null ? null : m_type.getCellClass().getName());
    }
}
