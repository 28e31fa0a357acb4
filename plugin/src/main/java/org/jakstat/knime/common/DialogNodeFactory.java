package org.jakstat.knime.common;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/**
 * Base of Jakstat's node factories: every node has a settings dialog and no views (KNIME 5.x shows results as
 * tables and images, and the Swing view hooks are deprecated for removal). A subclass creates its model and dialog;
 * its own class name is what workflows store, so this base can change without breaking them.
 *
 * @param <T> the node model
 */
public abstract class DialogNodeFactory<T extends NodeModel> extends NodeFactory<T> {

    @Override
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<T> createNodeView(final int viewIndex, final T nodeModel) {
        throw new IndexOutOfBoundsException(getNodeName() + " has no views; asked for view " + viewIndex);
    }

    @Override
    protected final boolean hasDialog() {
        return true;
    }
}
