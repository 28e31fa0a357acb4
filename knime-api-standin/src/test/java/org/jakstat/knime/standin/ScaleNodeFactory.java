package org.jakstat.knime.standin;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** Factory of the test node; its description is ScaleNodeFactory.xml in the same package. */
public final class ScaleNodeFactory extends NodeFactory<ScaleNodeModel> {

    @Override
    public ScaleNodeModel createNodeModel() {
        return new ScaleNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<ScaleNodeModel> createNodeView(final int viewIndex, final ScaleNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("No views: " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DefaultNodeSettingsPane() {
            {
                addDialogComponent(new DialogComponentColumnNameSelection(ScaleNodeModel.createColumnModel(),
                    "Column", 0, DoubleValue.class));
                addDialogComponent(new DialogComponentNumber(ScaleNodeModel.createFactorModel(), "Factor", 0.5));
            }
        };
    }

    /** Exposes the protected hook to the tests in this package. */
    NodeDialogPane dialog() {
        return createNodeDialogPane();
    }
}
