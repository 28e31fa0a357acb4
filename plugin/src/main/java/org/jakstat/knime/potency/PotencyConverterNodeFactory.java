package org.jakstat.knime.potency;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the Potency Converter node. Its class name is stored in every saved workflow: never move or rename
 * it without a NodeFactoryClassMapper.
 */
public final class PotencyConverterNodeFactory extends NodeFactory<PotencyConverterNodeModel> {

    @Override
    public PotencyConverterNodeModel createNodeModel() {
        return new PotencyConverterNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<PotencyConverterNodeModel> createNodeView(final int viewIndex,
        final PotencyConverterNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Potency Converter has no views; asked for view " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new PotencyConverterNodeDialog();
    }
}
