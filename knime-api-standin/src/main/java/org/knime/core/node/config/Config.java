package org.knime.core.node.config;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.data.RowKey;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBase;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.Config}: a {@link ConfigBase} whose nested configs are of
 * the same concrete class.
 */
public abstract class Config extends ConfigBase implements ConfigRO, ConfigWO {

    private static final long serialVersionUID = 1L;

    /** @param key this config's key */
    protected Config(final String key) {
        super(key);
    }

    @Override
    public abstract Config getInstance(String key);

    @Override
    public final Config addConfig(final String key) {
        Config c = getInstance(key);
        put(c);
        return c;
    }

    /** @param config a config of exactly this class, added under its own key */
    protected final void addConfig(final Config config) {
        if (config.getClass() != getClass()) {
            throw new IllegalArgumentException("This " + getClass() + " is not equal to " + config.getClass());
        }
        put(config);
    }

    @Override
    public final Config getConfig(final String key) throws InvalidSettingsException {
        if (get(key) instanceof Config c) {
            return c;
        }
        throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
    }

    @Override
    public RowKey getRowKey(final String key) throws InvalidSettingsException {
        String s = getString(key);
        return s == null ? null : new RowKey(s);
    }

    @Override
    public RowKey getRowKey(final String key, final RowKey def) {
        String s = getString(key, def == null ? null : def.getString());
        return s == null ? null : new RowKey(s);
    }

    @Override
    public void addRowKey(final String key, final RowKey rowKey) {
        addString(key, rowKey == null ? null : rowKey.getString());
    }

    @Override
    public String toString() {
        return super.toString();
    }

    /**
     * @param config the config to fill
     * @param in XML config stream, closed when done
     * @return {@code config}
     * @throws IOException if reading fails
     */
    protected static Config loadFromXML(final Config config, final InputStream in) throws IOException {
        ConfigBase.loadFromXML(config, in);
        return config;
    }
}
