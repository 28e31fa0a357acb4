package org.jakstat.knime.testing;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.Node;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Drives one node the way KNIME's workflow manager does, through the public {@link Node} API: validate and load
 * model settings, configure with input specs, execute with input objects; collects the node's warnings. Works
 * against the KNIME API stand-in and against a real KNIME alike.
 */
public final class NodeRunner {

    private final Node m_node;

    private final DefaultNodeProgressMonitor m_monitor = new DefaultNodeProgressMonitor();

    private final List<String> m_warnings = new ArrayList<>();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private NodeRunner(final NodeFactory<? extends NodeModel> factory) {
        m_node = new Node((NodeFactory)factory);
        m_node.getNodeModel().addWarningListener(w -> {
            if (w != null) {
                m_warnings.add(w.getSummary());
            }
        });
    }

    /**
     * @param factory the node's factory
     * @return a runner around a new node with default settings
     */
    public static NodeRunner of(final NodeFactory<? extends NodeModel> factory) {
        return new NodeRunner(factory);
    }

    /** @return the node */
    public Node node() {
        return m_node;
    }

    /** @return the node model, to inspect it */
    public NodeModel model() {
        return m_node.getNodeModel();
    }

    /** @return the node's current model settings, as KNIME would save them */
    public NodeSettings savedSettings() {
        NodeSettings s = new NodeSettings("model");
        m_node.saveModelSettingsTo(s);
        return s;
    }

    /**
     * Validates and loads model settings, as KNIME does when a workflow is loaded or a dialog is applied.
     *
     * @param model the model settings
     * @return this
     * @throws InvalidSettingsException when the node refuses them
     */
    public NodeRunner load(final NodeSettingsRO model) throws InvalidSettingsException {
        m_node.validateModelSettings(model);
        m_node.loadModelSettingsFrom(model);
        return this;
    }

    /**
     * @param inSpecs the input specs (flow-variable port excluded)
     * @return the output specs the node promises
     * @throws InvalidSettingsException when the node cannot be configured
     */
    public PortObjectSpec[] configure(final PortObjectSpec... inSpecs) throws InvalidSettingsException {
        return m_node.invokeNodeModelConfigure(inSpecs);
    }

    /**
     * @param inputs the input objects (flow-variable port excluded)
     * @return the outputs
     * @throws Exception whatever the node throws
     */
    public PortObject[] execute(final PortObject... inputs) throws Exception {
        return m_node.invokeNodeModelExecute(exec(), inputs);
    }

    /** @return a new execution context of this node; cancel it with {@link #cancel()} */
    @SuppressWarnings("deprecation")
    public ExecutionContext exec() {
        return new ExecutionContext(m_monitor, m_node);
    }

    /** Requests cancellation, as the user's cancel button does. */
    public void cancel() {
        m_monitor.setExecuteCanceled();
    }

    /** @return the progress monitor of this node's execution contexts */
    public DefaultNodeProgressMonitor monitor() {
        return m_monitor;
    }

    /** @return the warnings the node set, in order */
    public List<String> warnings() {
        return List.copyOf(m_warnings);
    }

    /**
     * Builds a table; values are converted like KNIME's test utilities do (null: missing cell; Integer, Long,
     * Double, String, Boolean: the matching cell; a DataCell as is).
     *
     * @param exec to create the table
     * @param spec the spec
     * @param rows the rows' values, keys Row0, Row1, ...
     * @return the table
     */
    public static BufferedDataTable table(final ExecutionContext exec, final DataTableSpec spec,
        final Object[]... rows) {
        BufferedDataContainer c = exec.createDataContainer(spec);
        for (int r = 0; r < rows.length; r++) {
            DataCell[] cells = new DataCell[rows[r].length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cell(rows[r][i]);
            }
            c.addRowToTable(new DefaultRow(RowKey.createRowKey((long)r), cells));
        }
        c.close();
        return c.getTable();
    }

    /**
     * @param table a table
     * @return its rows, in order
     */
    public static List<DataRow> rows(final BufferedDataTable table) {
        List<DataRow> rows = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    private static DataCell cell(final Object o) {
        if (o == null) {
            return DataType.getMissingCell();
        } else if (o instanceof DataCell c) {
            return c;
        } else if (o instanceof Integer i) {
            return new IntCell(i);
        } else if (o instanceof Long l) {
            return new LongCell(l);
        } else if (o instanceof Double d) {
            return new DoubleCell(d);
        } else if (o instanceof Boolean b) {
            return BooleanCell.BooleanCellFactory.create(b);
        } else if (o instanceof String s) {
            return new StringCell(s);
        }
        throw new IllegalArgumentException("no cell for " + o.getClass());
    }
}
