package org.knime.core.node.port;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.AbstractSimplePortObjectSpec}: a spec that saves to and
 * loads from a {@link ModelContentWO}/{@link ModelContentRO}; equality compares the saved content.
 */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    /** Framework constructor; subclasses provide a public no-arg constructor for loading. */
    public AbstractSimplePortObjectSpec() {
    }

    /** @param model receives the spec's content */
    protected abstract void save(ModelContentWO model);

    /**
     * @param model the content to restore
     * @throws InvalidSettingsException if the content is invalid
     */
    protected abstract void load(ModelContentRO model) throws InvalidSettingsException;

    private ModelContent saved() {
        ModelContent c = new ModelContent("model");
        save(c);
        return c;
    }

    @Override
    public boolean equals(final Object ospec) {
        if (ospec == this) {
            return true;
        }
        if (ospec == null || ospec.getClass() != getClass()) {
            return false;
        }
        return saved().isIdentical(((AbstractSimplePortObjectSpec)ospec).saved());
    }

    @Override
    public int hashCode() {
        return saved().hashCode();
    }
}
