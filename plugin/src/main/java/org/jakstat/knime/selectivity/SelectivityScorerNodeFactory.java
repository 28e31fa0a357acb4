package org.jakstat.knime.selectivity;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the Kinase Selectivity Scorer node. Its class name is stored in every saved workflow: never move or
 * rename it without a NodeFactoryClassMapper.
 */
public final class SelectivityScorerNodeFactory extends NodeFactory<SelectivityScorerNodeModel> {

    @Override
    public SelectivityScorerNodeModel createNodeModel() {
        return new SelectivityScorerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<SelectivityScorerNodeModel> createNodeView(final int viewIndex,
        final SelectivityScorerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Kinase Selectivity Scorer has no views; asked for view " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SelectivityScorerNodeDialog();
    }
}
