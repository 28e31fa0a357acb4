package org.jakstat.knime.selectivity;

import org.jakstat.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Factory of the Cytokine Pathway Coverage node. Its class name is stored in every saved workflow: never move or
 * rename it without a NodeFactoryClassMapper.
 */
public final class CytokinePathwayCoverageNodeFactory extends DialogNodeFactory<CytokinePathwayCoverageNodeModel> {

    @Override
    public CytokinePathwayCoverageNodeModel createNodeModel() {
        return new CytokinePathwayCoverageNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new CytokinePathwayCoverageNodeDialog();
    }
}
