package org.jakstat.knime.potency;

import org.jakstat.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Factory of the Potency Converter node. Its class name is stored in every saved workflow: never move or
 * rename it without a NodeFactoryClassMapper.
 */
public final class PotencyConverterNodeFactory extends DialogNodeFactory<PotencyConverterNodeModel> {

    @Override
    public PotencyConverterNodeModel createNodeModel() {
        return new PotencyConverterNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new PotencyConverterNodeDialog();
    }
}
