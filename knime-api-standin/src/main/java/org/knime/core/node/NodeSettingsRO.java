package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/** Stand-in for KNIME's {@code org.knime.core.node.NodeSettingsRO}: read-only node settings. */
public interface NodeSettingsRO extends ConfigRO {

    /**
     * @param key the key
     * @return the nested node settings
     * @throws InvalidSettingsException if there are none under the key
     */
    NodeSettingsRO getNodeSettings(String key) throws InvalidSettingsException;

    /** @param dest receives a deep copy */
    public void copyTo(ConfigWO dest);
}
