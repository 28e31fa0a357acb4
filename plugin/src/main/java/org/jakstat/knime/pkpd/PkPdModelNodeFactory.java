package org.jakstat.knime.pkpd;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the PK/PD Model node. Its class name is stored in every saved workflow: never move or rename it
 * without a NodeFactoryClassMapper.
 */
public final class PkPdModelNodeFactory extends NodeFactory<PkPdModelNodeModel> {

    @Override
    public PkPdModelNodeModel createNodeModel() {
        return new PkPdModelNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<PkPdModelNodeModel> createNodeView(final int viewIndex, final PkPdModelNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The PK/PD Model node has no views; asked for view " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new PkPdModelNodeDialog();
    }
}
