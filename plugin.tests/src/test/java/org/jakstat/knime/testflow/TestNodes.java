package org.jakstat.knime.testflow;

import java.io.File;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NodeView;
import org.knime.core.data.DataTableSpec;

/**
 * A do-nothing node that owns the tables the harness creates itself (an ExecutionContext always belongs to a
 * node), as KNIME's own test utilities do with a virtual node.
 */
final class TestNodes {

    private TestNodes() {
    }

    /** Factory of a node without ports. */
    static final class PlaceholderFactory extends NodeFactory<PlaceholderModel> {
        @Override
        public PlaceholderModel createNodeModel() {
            return new PlaceholderModel();
        }

        @Override
        protected int getNrNodeViews() {
            return 0;
        }

        @Override
        public NodeView<PlaceholderModel> createNodeView(final int viewIndex, final PlaceholderModel nodeModel) {
            throw new IndexOutOfBoundsException();
        }

        @Override
        protected boolean hasDialog() {
            return false;
        }

        @Override
        protected NodeDialogPane createNodeDialogPane() {
            throw new UnsupportedOperationException();
        }
    }

    /** A model without ports or settings. */
    static final class PlaceholderModel extends NodeModel {
        PlaceholderModel() {
            super(0, 0);
        }

        @Override
        protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) {
            return new DataTableSpec[0];
        }

        @Override
        protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec) {
            return new BufferedDataTable[0];
        }

        @Override
        protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) {
            // no internals
        }

        @Override
        protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) {
            // no internals
        }

        @Override
        protected void saveSettingsTo(final NodeSettingsWO settings) {
            // no settings
        }

        @Override
        protected void validateSettings(final NodeSettingsRO settings) {
            // no settings
        }

        @Override
        protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) {
            // no settings
        }

        @Override
        protected void reset() {
            // nothing to reset
        }
    }
}
