package org.knime.core.node.config;

import java.util.Iterator;

import javax.swing.tree.TreeNode;

import org.knime.core.data.RowKey;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBaseRO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.ConfigRO}: read access to a config tree with nested
 * {@link Config}s. (Data cell and data type accessors are omitted.)
 */
public interface ConfigRO extends ConfigBaseRO, TreeNode, Iterable<String> {

    /**
     * @param key the key
     * @return the nested config
     * @throws InvalidSettingsException if there is no nested config under the key
     */
    public Config getConfig(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @return the row key stored as a string (null if stored as null)
     * @throws InvalidSettingsException if missing
     */
    public RowKey getRowKey(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing
     * @return the row key or the default
     */
    public RowKey getRowKey(String key, RowKey def);

    @Override
    public Iterator<String> iterator();
}
