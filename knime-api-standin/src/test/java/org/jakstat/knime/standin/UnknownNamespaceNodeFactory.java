package org.jakstat.knime.standin;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Description-parsing fixture: UnknownNamespaceNodeFactory.xml beside it. */
public final class UnknownNamespaceNodeFactory extends NodeFactory<ScaleNodeModel> {

    @Override
    public ScaleNodeModel createNodeModel() {
        return new ScaleNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<ScaleNodeModel> createNodeView(final int viewIndex, final ScaleNodeModel nodeModel) {
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
