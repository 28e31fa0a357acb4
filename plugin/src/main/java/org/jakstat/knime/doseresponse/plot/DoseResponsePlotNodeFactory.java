package org.jakstat.knime.doseresponse.plot;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the Dose-Response Plot node. Its class name is stored in every saved workflow: never move or rename it
 * without a NodeFactoryClassMapper.
 */
public final class DoseResponsePlotNodeFactory extends NodeFactory<DoseResponsePlotNodeModel> {

    @Override
    public DoseResponsePlotNodeModel createNodeModel() {
        return new DoseResponsePlotNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<DoseResponsePlotNodeModel> createNodeView(final int viewIndex,
        final DoseResponsePlotNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Dose-Response Plot has no views; asked for view " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DoseResponsePlotNodeDialog();
    }
}
