package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Stand-in for KNIME's {@code org.knime.core.node.ModelContentWO}: write-only model content. */
public interface ModelContentWO extends ConfigWO {

    /**
     * @param key the key
     * @return new, empty nested model content
     */
    ModelContentWO addModelContent(String key);

    /** @param modelContent added under its own key */
    void addModelContent(ModelContent modelContent);
}
