package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Stand-in for KNIME's {@code org.knime.core.node.NodeSettingsWO}: write-only node settings. */
public interface NodeSettingsWO extends ConfigWO {

    /**
     * @param key the key
     * @return new, empty nested node settings
     */
    NodeSettingsWO addNodeSettings(String key);

    /** @param settings added under their own key */
    void addNodeSettings(NodeSettings settings);
}
