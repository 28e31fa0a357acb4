package org.knime.core.node;

import java.util.EventListener;

import org.knime.core.node.message.Message;

/** Mirror of KNIME's {@code org.knime.core.node.NodeModelWarningListener}. */
public interface NodeModelWarningListener extends EventListener {

    /**
     * Called when the NodeModel warning changes.
     *
     * @param warning new warning, possibly null.
     */
    public void warningChanged(final Message warning);

}
