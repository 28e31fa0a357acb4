package org.jakstat.knime.standin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.image.png.PNGImageCell;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.Node;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NodeView;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/** PNG image content, cells and the image port, headless. */
class ImagePortTest {

    static byte[] png(final int width, final int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.drawLine(0, height - 1, width - 1, 0);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void contentDecodesPaintsAndBecomesACell() throws Exception {
        byte[] bytes = png(40, 30);
        PNGImageContent content = new PNGImageContent(bytes);
        assertEquals(new Dimension(40, 30), content.getPreferredSize());
        assertArrayEquals(bytes, content.getByteArray());
        assertEquals(content, new PNGImageContent(new ByteArrayInputStream(bytes)));
        assertTrue(content.getSummary().startsWith("PNG Image 40 x 30 with "), content.getSummary());

        BufferedImage canvas = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        content.paint(g, 80, 60);
        g.dispose();
        assertEquals(Color.WHITE.getRGB(), canvas.getRGB(1, 1), "scaled image covers the canvas");

        DataCell cell = content.toImageCell();
        assertTrue(cell instanceof PNGImageCell);
        assertSame(PNGImageContent.TYPE, cell.getType());
        assertTrue(PNGImageContent.TYPE.isCompatible(PNGImageValue.class));
        assertEquals("PNG Image", PNGImageContent.TYPE.getName());
        assertEquals("png", ((PNGImageValue)cell).getImageExtension());
        assertArrayEquals(bytes, ((PNGImageValue)cell).getImageContent().getByteArray());
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        content.save(saved);
        assertArrayEquals(bytes, saved.toByteArray());
        assertThrows(IllegalArgumentException.class, () -> new PNGImageContent(new byte[]{1, 2, 3}));
    }

    @Test
    void imagePortObjectCarriesSpecAndCell() throws Exception {
        PNGImageContent content = new PNGImageContent(png(8, 8));
        ImagePortObjectSpec spec = new ImagePortObjectSpec(PNGImageContent.TYPE);
        ImagePortObject port = new ImagePortObject(content, spec);
        assertSame(spec, port.getSpec());
        assertEquals(content.getSummary(), port.getSummary());
        assertEquals(content.toImageCell(), port.toDataCell());
        assertEquals(spec, new ImagePortObjectSpec(PNGImageContent.TYPE));
        assertTrue(ImagePortObject.TYPE.acceptsPortObjectSpec(spec));
        assertSame(ImagePortObjectSpec.class, ImagePortObject.TYPE.getPortObjectSpecClass());
        assertTrue(ImagePortObject.TYPE_OPTIONAL.isOptional());
    }

    /** A table-in, image-out node, as a plotting node would be. */
    static final class PlotNodeModel extends NodeModel {

        PlotNodeModel() {
            super(new PortType[]{BufferedDataTable.TYPE}, new PortType[]{ImagePortObject.TYPE});
        }

        @Override
        protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) {
            return new PortObjectSpec[]{new ImagePortObjectSpec(PNGImageContent.TYPE)};
        }

        @Override
        protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
            int rows = (int)((BufferedDataTable)inObjects[0]).size();
            return new PortObject[]{new ImagePortObject(new PNGImageContent(png(10 * rows, 20)),
                new ImagePortObjectSpec(PNGImageContent.TYPE))};
        }

        @Override
        protected void saveSettingsTo(final NodeSettingsWO settings) {
        }

        @Override
        protected void validateSettings(final NodeSettingsRO settings) {
        }

        @Override
        protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) {
        }

        @Override
        protected void reset() {
        }

        @Override
        protected void loadInternals(final File dir, final ExecutionMonitor exec) {
        }

        @Override
        protected void saveInternals(final File dir, final ExecutionMonitor exec) {
        }
    }

    /** Factory without a description file: KNIME's fallback name applies. */
    static final class PlotNodeFactory extends NodeFactory<NodeModel> {

        @Override
        public NodeModel createNodeModel() {
            return new PlotNodeModel();
        }

        @Override
        protected int getNrNodeViews() {
            return 0;
        }

        @Override
        public NodeView<NodeModel> createNodeView(final int viewIndex, final NodeModel nodeModel) {
            return null;
        }

        @Override
        protected boolean hasDialog() {
            return false;
        }

        @Override
        protected NodeDialogPane createNodeDialogPane() {
            return null;
        }
    }

    @Test
    void imageOutputPortThroughTheNode() throws Exception {
        Node node = new Node(new PlotNodeFactory());
        assertEquals("Plot", node.getName());
        assertSame(ImagePortObject.TYPE, node.getOutputType(1));
        ExecutionContext exec = Tables.exec();
        BufferedDataTable in = Tables.doseTable(exec, 3);
        PortObjectSpec[] specs = node.invokeNodeModelConfigure(new PortObjectSpec[]{in.getDataTableSpec()});
        assertEquals(PNGImageContent.TYPE, ((ImagePortObjectSpec)specs[0]).getDataType());
        PortObject[] out = node.invokeNodeModelExecute(exec, new PortObject[]{in});
        ImagePortObject image = (ImagePortObject)out[0];
        assertTrue(image.getSummary().startsWith("PNG Image 30 x 20"), image.getSummary());
        assertThrows(Exception.class,
            () -> node.invokeNodeModelConfigure(new PortObjectSpec[]{new ImagePortObjectSpec(PNGImageContent.TYPE)}),
            "an image spec on a table port is rejected");
        assertEquals(DataTableSpec.class, BufferedDataTable.TYPE.getPortObjectSpecClass());
    }
}
