package org.jakstat.knime.doseresponse;

import java.awt.BorderLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;
import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

import org.knime.core.node.NodeView;

/**
 * Shows the Fitter's plot (the PNG of its image port) in a scrollable window. Created only when a user opens the
 * view, never in headless or batch runs; the model never references this class.
 */
final class DoseResponseFitterNodeView extends NodeView<DoseResponseFitterNodeModel> {

    private final JLabel m_image = new JLabel("", javax.swing.SwingConstants.CENTER);

    DoseResponseFitterNodeView(final DoseResponseFitterNodeModel model) {
        super(model);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(new JScrollPane(m_image), BorderLayout.CENTER);
        setComponent(panel);
        modelChanged();
    }

    @Override
    protected void modelChanged() {
        byte[] png = getNodeModel().plot().orElse(null);
        BufferedImage image = null;
        if (png != null) {
            try {
                image = ImageIO.read(new ByteArrayInputStream(png));
            } catch (IOException e) {
                getLogger().warn("The plot could not be decoded: " + e.getMessage());
            }
        }
        m_image.setIcon(image == null ? null : new ImageIcon(image));
        m_image.setText(image == null ? "Execute the node to see the plot." : "");
    }

    @Override
    protected void onOpen() {
        modelChanged();
    }

    @Override
    protected void onClose() {
        // nothing to release
    }
}
