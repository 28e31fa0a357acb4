package org.knime.core.node.config;

import org.knime.core.data.RowKey;
import org.knime.core.node.config.base.ConfigBaseWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.ConfigWO}: write access to a config tree with nested
 * {@link Config}s. (Data cell and data type setters are omitted.)
 */
public interface ConfigWO extends ConfigBaseWO {

    /**
     * @param key the key
     * @return a new, empty nested config
     */
    public Config addConfig(String key);

    /**
     * @param key the key
     * @param rowKey stored as its string, may be null
     */
    public void addRowKey(String key, RowKey rowKey);
}
