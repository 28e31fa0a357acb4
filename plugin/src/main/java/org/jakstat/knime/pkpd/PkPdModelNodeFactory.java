package org.jakstat.knime.pkpd;

import org.jakstat.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Factory of the PK/PD Model node. Its class name is stored in every saved workflow: never move or rename it
 * without a NodeFactoryClassMapper.
 */
public final class PkPdModelNodeFactory extends DialogNodeFactory<PkPdModelNodeModel> {

    @Override
    public PkPdModelNodeModel createNodeModel() {
        return new PkPdModelNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new PkPdModelNodeDialog();
    }
}
