package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;
import org.knime.core.node.config.ConfigWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeSettings}: the config tree nodes save their settings to, in
 * memory, loadable from and savable to KNIME's XML config format (e.g. a node's {@code settings.xml}).
 */
public final class NodeSettings extends Config implements NodeSettingsRO, NodeSettingsWO {

    private static final long serialVersionUID = 1L;

    /** @param key the key of this (root or nested) settings object */
    public NodeSettings(final String key) {
        super(key);
    }

    @Override
    public Config getInstance(final String key) {
        return new NodeSettings(key);
    }

    /**
     * @param in an XML config stream, closed when done
     * @return the settings read; their key is the root element's key
     * @throws IOException if reading or parsing fails
     */
    public static NodeSettingsRO loadFromXML(final InputStream in) throws IOException {
        return (NodeSettingsRO)Config.loadFromXML(new NodeSettings("ignored"), in);
    }

    @Override
    public void copyTo(final ConfigWO dest) {
        super.copyTo(dest);
    }

    @Override
    public NodeSettingsWO addNodeSettings(final String key) {
        return (NodeSettings)addConfig(key);
    }

    @Override
    public void addNodeSettings(final NodeSettings settings) {
        addConfig(settings);
    }

    @Override
    public NodeSettings getNodeSettings(final String key) throws InvalidSettingsException {
        return (NodeSettings)getConfig(key);
    }
}
