package org.jakstat.knime.selectivity;

import org.jakstat.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Factory of the Kinase Selectivity Scorer node. Its class name is stored in every saved workflow: never move or
 * rename it without a NodeFactoryClassMapper.
 */
public final class SelectivityScorerNodeFactory extends DialogNodeFactory<SelectivityScorerNodeModel> {

    @Override
    public SelectivityScorerNodeModel createNodeModel() {
        return new SelectivityScorerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SelectivityScorerNodeDialog();
    }
}
