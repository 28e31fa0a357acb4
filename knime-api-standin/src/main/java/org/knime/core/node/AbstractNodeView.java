package org.knime.core.node;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.AbstractNodeView}: base class of node views. Never instantiated
 * by the stand-in.
 *
 * @param <T> the model type
 */
public abstract class AbstractNodeView<T extends AbstractNodeView.ViewableModel> {

    /** Marker for models that can have views. */
    public static interface ViewableModel {
    }

    private final T m_model;

    /** @param viewModel the model */
    protected AbstractNodeView(final T viewModel) {
        if (viewModel == null) {
            throw new NullPointerException("Model must not be null");
        }
        m_model = viewModel;
    }

    /** @return the model */
    protected final T getViewableModel() {
        return m_model;
    }

    /** @return a logger for this view */
    public NodeLogger getLogger() {
        return NodeLogger.getLogger(getClass());
    }

    /** Called when the model changed. */
    protected abstract void modelChanged();

    /** @param title opens the view with this title */
    protected abstract void callOpenView(String title);

    /** Closes the view. */
    protected abstract void callCloseView();
}
