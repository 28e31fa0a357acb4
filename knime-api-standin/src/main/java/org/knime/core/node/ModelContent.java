package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.ModelContent}: a config tree for model/spec content, same format
 * as {@link NodeSettings}.
 */
public final class ModelContent extends Config implements ModelContentRO, ModelContentWO {

    private static final long serialVersionUID = 1L;

    /** @param key the key */
    public ModelContent(final String key) {
        super(key);
    }

    @Override
    public Config getInstance(final String key) {
        return new ModelContent(key);
    }

    /**
     * @param in an XML config stream, closed when done
     * @return the content read
     * @throws IOException if reading fails
     */
    public static ModelContentRO loadFromXML(final InputStream in) throws IOException {
        return (ModelContentRO)Config.loadFromXML(new ModelContent("ignored"), in);
    }

    @Override
    public ModelContentWO addModelContent(final String key) {
        return (ModelContent)addConfig(key);
    }

    @Override
    public void addModelContent(final ModelContent modelContent) {
        addConfig(modelContent);
    }

    @Override
    public ModelContent getModelContent(final String key) throws InvalidSettingsException {
        return (ModelContent)getConfig(key);
    }
}
