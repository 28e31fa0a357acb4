package org.jakstat.knime.doseresponse;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the Dose-Response Fitter node. Its class name is stored in every saved workflow: never move or rename
 * it without a NodeFactoryClassMapper.
 */
public final class DoseResponseFitterNodeFactory extends NodeFactory<DoseResponseFitterNodeModel> {

    @Override
    public DoseResponseFitterNodeModel createNodeModel() {
        return new DoseResponseFitterNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 1;
    }

    @Override
    public NodeView<DoseResponseFitterNodeModel> createNodeView(final int viewIndex,
        final DoseResponseFitterNodeModel nodeModel) {
        if (viewIndex != 0) {
            throw new IndexOutOfBoundsException("The Dose-Response Fitter has one view; asked for view " + viewIndex);
        }
        return new DoseResponseFitterNodeView(nodeModel);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DoseResponseFitterNodeDialog();
    }
}
