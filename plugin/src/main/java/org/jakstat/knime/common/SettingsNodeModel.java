package org.jakstat.knime.common;

import java.io.File;

import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortType;

/**
 * A node model whose whole state is one {@link ModelSettings} instance: settings are saved, validated and loaded
 * through it, and nothing is kept between executions (its outputs are all there is, so there are no internals to
 * save and nothing to reset).
 *
 * @param <S> the node's settings class
 */
public abstract class SettingsNodeModel<S extends ModelSettings> extends NodeModel {

    private final S m_settings;

    /**
     * @param inPortTypes the input ports
     * @param outPortTypes the output ports
     * @param settings the node's settings, owned by this model
     */
    protected SettingsNodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes, final S settings) {
        super(inPortTypes, outPortTypes);
        m_settings = settings;
    }

    /** @return the node's current settings */
    public final S settings() {
        return m_settings;
    }

    @Override
    protected final void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.saveSettingsTo(settings);
    }

    @Override
    protected final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.validateSettings(settings);
    }

    @Override
    protected final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.loadValidatedSettingsFrom(settings);
    }

    @Override
    protected final void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals: the outputs are all there is
    }

    @Override
    protected final void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals
    }

    @Override
    protected final void reset() {
        // no state between executions
    }
}
