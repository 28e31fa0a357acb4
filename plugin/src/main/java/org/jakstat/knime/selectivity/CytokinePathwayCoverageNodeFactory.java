package org.jakstat.knime.selectivity;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the Cytokine Pathway Coverage node. Its class name is stored in every saved workflow: never move or
 * rename it without a NodeFactoryClassMapper.
 */
public final class CytokinePathwayCoverageNodeFactory extends NodeFactory<CytokinePathwayCoverageNodeModel> {

    @Override
    public CytokinePathwayCoverageNodeModel createNodeModel() {
        return new CytokinePathwayCoverageNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<CytokinePathwayCoverageNodeModel> createNodeView(final int viewIndex,
        final CytokinePathwayCoverageNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Cytokine Pathway Coverage node has no views; asked for view "
            + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new CytokinePathwayCoverageNodeDialog();
    }
}
