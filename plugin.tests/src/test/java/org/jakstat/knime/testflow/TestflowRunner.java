package org.jakstat.knime.testflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.jakstat.knime.testflow.Testflow.Connection;
import org.jakstat.knime.testflow.Testflow.TestflowNode;
import org.jakstat.knime.testing.NodeRunner;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;

/**
 * Executes a saved KNIME workflow without a KNIME installation: every Jakstat node is instantiated from the
 * factory class named in its settings.xml and driven through {@link Node} exactly as KNIME does (validate and
 * load model settings, configure, execute); KNIME's CSV Reader and Table Difference Checker, which cannot run
 * here, are replaced by {@link CsvReaderOutput} and {@link TableComparison}, and the report says so. Nodes run
 * in connection order. Every table a Jakstat node outputs must reach a difference checker, so no result goes
 * unchecked; every image it outputs must decode as a PNG that is not blank; and the spec a node promises at
 * configure time must equal the spec of the table it produces.
 */
final class TestflowRunner {

    /** Only factories of our own bundle are executed; everything else must be a known KNIME node. */
    private static final String OUR_PACKAGE = "org.jakstat.knime.";

    private final Testflow m_flow;

    private final Map<Integer, PortObject[]> m_outputs = new HashMap<>();

    private final TestflowReport m_report;

    private TestflowRunner(final Testflow flow) {
        m_flow = flow;
        m_report = new TestflowReport(flow.name());
    }

    /**
     * @param flow the workflow to run
     * @return what happened; {@link TestflowReport#failures()} is empty when the workflow passed
     */
    static TestflowReport run(final Testflow flow) {
        TestflowRunner runner = new TestflowRunner(flow);
        try {
            if (!flow.version().equals("5.1.0") && !flow.version().equals("4.1.0")) {
                runner.m_report.fail("workflow.knime version is '" + flow.version()
                    + "'; KNIME 5.x writes 5.1.0 (4.1.0 for 4.1-5.0) and reads anything else as a pre-2.0 workflow");
            }
            for (TestflowNode node : runner.executionOrder()) {
                runner.execute(node);
            }
            runner.checkEveryJakstatOutputIsCompared();
        } catch (Exception e) { // NOSONAR: any failure of the workflow is a test failure, reported with its cause
            runner.m_report.fail("aborted: " + e);
            runner.m_report.cause(e);
        }
        return runner.m_report;
    }

    private List<TestflowNode> executionOrder() {
        Map<Integer, Integer> pending = new HashMap<>();
        m_flow.nodes().keySet().forEach(id -> pending.put(id, 0));
        for (Connection c : m_flow.connections()) {
            pending.merge(c.dest(), 1, Integer::sum);
        }
        Deque<Integer> ready = new ArrayDeque<>();
        pending.forEach((id, n) -> {
            if (n == 0) {
                ready.add(id);
            }
        });
        List<TestflowNode> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int id = ready.poll();
            order.add(m_flow.nodes().get(id));
            for (Connection c : m_flow.connections()) {
                if (c.source() == id && pending.merge(c.dest(), -1, Integer::sum) == 0) {
                    ready.add(c.dest());
                }
            }
        }
        if (order.size() != m_flow.nodes().size()) {
            throw new IllegalStateException("the workflow has a cycle or a connection to an unknown node");
        }
        return order;
    }

    private PortObject[] inputsOf(final TestflowNode node, final int nrInputs) {
        PortObject[] in = new PortObject[nrInputs];
        for (Connection c : m_flow.connections()) {
            if (c.dest() == node.id()) {
                if (c.destPort() < 1 || c.destPort() > nrInputs) {
                    throw new IllegalStateException(node.label() + " has no data input port " + c.destPort()
                        + " (port 0 is the flow-variable port)");
                }
                in[c.destPort() - 1] = m_outputs.get(c.source())[c.sourcePort() - 1];
            }
        }
        return in;
    }

    private void execute(final TestflowNode node) throws Exception {
        if (node.factory().equals(CsvReaderOutput.FACTORY)) {
            ExecutionContext exec = newContext();
            m_outputs.put(node.id(), new PortObject[]{CsvReaderOutput.read(m_flow.dir(), node.model(), exec)});
            m_report.note(node.label() + ": KNIME's CSV Reader is not available in the harness; its output was read "
                + "from " + CsvReaderOutput.relativePath(node.model()));
        } else if (node.factory().equals(TableComparison.FACTORY)) {
            PortObject[] in = inputsOf(node, 2);
            List<String> diffs = TableComparison.differences(node.model(), (BufferedDataTable)in[0],
                (BufferedDataTable)in[1]);
            m_outputs.put(node.id(), new PortObject[0]);
            m_report.note(node.label() + ": KNIME's Table Difference Checker is not available in the harness; "
                + "compared its inputs with the same checkers: " + (diffs.isEmpty() ? "equal" : diffs.size()
                    + " difference(s)"));
            diffs.forEach(d -> m_report.fail(node.label() + ": " + d));
        } else if (node.factory().startsWith(OUR_PACKAGE)) {
            executeJakstatNode(node);
        } else {
            throw new IllegalStateException(node.label() + " uses factory " + node.factory()
                + ", which the harness can neither run nor stand in for");
        }
    }

    @SuppressWarnings("unchecked")
    private void executeJakstatNode(final TestflowNode tn) throws Exception {
        Class<?> factoryClass = TestflowRunner.class.getClassLoader().loadClass(tn.factory());
        NodeRunner runner = NodeRunner.of((NodeFactory<NodeModel>)factoryClass.getDeclaredConstructor().newInstance());
        runner.load(tn.model());
        int nrIn = runner.node().getNrInPorts() - 1; // the real Node counts the flow-variable port
        PortObject[] in = inputsOf(tn, nrIn);
        PortObjectSpec[] inSpecs = new PortObjectSpec[nrIn];
        for (int i = 0; i < nrIn; i++) {
            inSpecs[i] = in[i] == null ? null : in[i].getSpec();
        }
        PortObjectSpec[] configured = runner.configure(inSpecs);
        PortObject[] out = runner.execute(in);
        for (int i = 0; i < out.length; i++) {
            if (configured[i] instanceof DataTableSpec && !configured[i].equals(out[i].getSpec())) {
                m_report.fail(tn.label() + ": output " + (i + 1) + " spec at configure time " + configured[i]
                    + " differs from the executed table's spec " + out[i].getSpec());
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof ImagePortObject image) {
                checkImage(tn, i + 1, image);
            }
        }
        m_outputs.put(tn.id(), out);
        List<String> warnings = runner.warnings();
        m_report.note(tn.label() + ": executed" + (warnings.isEmpty() ? "" : ", warning: " + String.join("; ", warnings)));
    }

    /**
     * KNIME has no image comparison the harness could stand in for: an image output must decode as a PNG and show
     * more than a blank canvas (at least 1 % of its pixels differ from the corner's colour).
     */
    private void checkImage(final TestflowNode node, final int port, final ImagePortObject image) {
        DataCell cell = image.toDataCell();
        BufferedImage decoded = null;
        if (cell instanceof PNGImageValue png) {
            try {
                decoded = ImageIO.read(new ByteArrayInputStream(png.getImageContent().getByteArray()));
            } catch (IOException e) {
                decoded = null;
            }
        }
        if (decoded == null) {
            m_report.fail(node.label() + ": image output " + port + " is not a readable PNG");
            return;
        }
        int background = decoded.getRGB(0, 0);
        long drawn = 0;
        for (int y = 0; y < decoded.getHeight(); y++) {
            for (int x = 0; x < decoded.getWidth(); x++) {
                drawn += decoded.getRGB(x, y) != background ? 1 : 0;
            }
        }
        double share = drawn / (double)((long)decoded.getWidth() * decoded.getHeight());
        m_report.note(String.format(java.util.Locale.ROOT, "%s: image output %d is a %dx%d PNG, %.1f %% drawn",
            node.label(), port, decoded.getWidth(), decoded.getHeight(), 100 * share));
        if (share < 0.01) {
            m_report.fail(node.label() + ": image output " + port + " is blank");
        }
    }

    private void checkEveryJakstatOutputIsCompared() {
        for (TestflowNode n : m_flow.nodes().values()) {
            if (!n.factory().startsWith(OUR_PACKAGE)) {
                continue;
            }
            PortObject[] out = m_outputs.get(n.id());
            for (int port = 1; out != null && port <= out.length; port++) {
                if (out[port - 1] instanceof BufferedDataTable && !reachesChecker(n.id(), port)) {
                    m_report.fail(n.label() + ": output table " + port
                        + " is not compared with a reference by a Table Difference Checker");
                }
            }
        }
    }

    private boolean reachesChecker(final int id, final int port) {
        for (Connection c : m_flow.connections()) {
            if (c.source() == id && c.sourcePort() == port) {
                TestflowNode dest = m_flow.nodes().get(c.dest());
                if (dest.factory().equals(TableComparison.FACTORY)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ExecutionContext newContext() {
        return NodeRunner.of(new TestNodes.PlaceholderFactory()).exec();
    }
}
