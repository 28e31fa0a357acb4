package org.knime.core.node;

import java.awt.Component;

import javax.swing.JPanel;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeView}: a Swing view of a node model. Only the members a view
 * implementation needs; opening and closing are no-ops in the stand-in (never used headless).
 *
 * @param <T> the model type
 */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> {

    private Component m_component = new JPanel();

    /** @param nodeModel the model */
    protected NodeView(final T nodeModel) {
        super(nodeModel);
    }

    /** @return the model */
    protected T getNodeModel() {
        return getViewableModel();
    }

    /** Called when the view is opened. */
    protected abstract void onOpen();

    /** Called when the view is closed. */
    protected abstract void onClose();

    /** @return the view's component */
    protected final Component getComponent() {
        return m_component;
    }

    /** @param comp the view's component */
    protected final void setComponent(final Component comp) {
        m_component = comp;
    }

    @Override
    protected void callOpenView(final String title) {
        onOpen();
    }

    /** Closes the view (calls {@link #onClose()}). */
    @Override
    public final void callCloseView() {
        onClose();
    }
}
