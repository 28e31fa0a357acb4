package org.jakstat.knime.testflow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jakstat.knime.testflow.Testflow.Connection;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsWO;

/**
 * Writes a workflow folder in KNIME 5.x's on-disk format (the keys KNIME's persistors read, as KNIME writes
 * them): {@code workflow.knime} with version 5.1.0, and per node a {@code Name (#id)/settings.xml}. Test workflows
 * under {@code test-workflows/} are defined in Java with this writer ({@link TestflowDefinitions}) so their files
 * stay consistent with the nodes' settings keys; a test checks the committed files equal freshly written ones.
 */
final class TestflowWriter {

    /** Written as {@code created_by}: the oldest KNIME we support, so no KNIME 5.3+ refuses the workflow. */
    static final String CREATED_BY = "5.3.0.v202406140000";

    private final Map<Integer, NodeEntry> m_nodes = new LinkedHashMap<>();

    private final List<Connection> m_connections = new ArrayList<>();

    private record NodeEntry(int id, String name, NodeSettings settings, int x, int y) {
    }

    /**
     * Adds KNIME's CSV Reader reading a file of the workflow folder (comma-separated, header row, '#' comments,
     * empty fields as missing cells).
     *
     * @param id node id
     * @param relativePath path inside the workflow folder, e.g. {@code data/input.csv}
     * @return this
     */
    TestflowWriter csvReader(final int id, final String relativePath) {
        NodeSettings s = nodeSettings(CsvReaderOutput.FACTORY, "CSV Reader", "KNIME Base Nodes", "org.knime.base",
            "KNIME AG, Zurich, Switzerland", "5.3.0");
        KnimeCsvReaderSettings.write(s.addNodeSettings("model"), CsvReaderOutput.WORKFLOW_URL_PREFIX + relativePath);
        return add(id, "CSV Reader", s);
    }

    /**
     * Adds a Jakstat node.
     *
     * @param id node id
     * @param factoryClass the node's factory class name
     * @param name the node name (as in its description)
     * @param model writes the node's model settings, e.g. {@code settings::saveSettingsTo}
     * @return this
     */
    TestflowWriter jakstatNode(final int id, final String factoryClass, final String name,
        final Consumer<NodeSettingsWO> model) {
        NodeSettings s = nodeSettings(factoryClass, name, "Jakstat KNIME nodes", "org.jakstat.knime", "Jakstat",
            "1.0.0");
        model.accept(s.addNodeSettings("model"));
        return add(id, name, s);
    }

    /**
     * Adds KNIME's Table Difference Checker comparing port 1 (the table under test) with port 2 (the reference).
     *
     * @param id node id
     * @param epsilons absolute tolerances for numeric columns (EpsilonNumberChecker); other columns must be equal
     * @return this
     */
    TestflowWriter differenceChecker(final int id, final Map<String, Double> epsilons) {
        return differenceChecker(id, epsilons, java.util.Set.of());
    }

    /**
     * Adds KNIME's Table Difference Checker that also ignores some columns (IgnoreChecker): for values no
     * independent reference can predict, such as a solver's iteration count, or columns that are missing in every
     * row (KNIME's CSV Reader types those as string).
     *
     * @param id node id
     * @param epsilons absolute tolerances for numeric columns (EpsilonNumberChecker); other columns must be equal.
     *            Written sorted by column name, so the committed files do not depend on the map's iteration order
     * @param ignored columns not compared
     * @return this
     */
    TestflowWriter differenceChecker(final int id, final Map<String, Double> epsilons,
        final java.util.Set<String> ignored) {
        NodeSettings s = nodeSettings(TableComparison.FACTORY, "Table Difference Checker",
            "Test-Node extension for KNIME Workbench", "org.knime.testing", "KNIME AG, Zurich, Switzerland", "5.3.0");
        NodeSettingsWO model = s.addNodeSettings("model");
        new java.util.TreeSet<>(ignored).forEach(column -> {
            NodeSettingsWO cfg = model.addNodeSettings(TableComparison.COLUMN_CONFIG_PREFIX + column);
            cfg.addString("checkerFactory", TableComparison.IGNORE);
            cfg.addNodeSettings("internals");
        });
        new java.util.TreeMap<>(epsilons).forEach((column, eps) -> {
            NodeSettingsWO cfg = model.addNodeSettings(TableComparison.COLUMN_CONFIG_PREFIX + column);
            cfg.addString("checkerFactory", TableComparison.EPSILON);
            NodeSettingsWO internals = cfg.addNodeSettings("internals");
            addBooleanModel(internals, "ignoreColumnProperties", false);
            addBooleanModel(internals, "ignoreDomain", true);
            addInternals(internals, "epsilon", "SMID_double");
            internals.addDouble("epsilon", eps);
        });
        model.addBoolean("ignoreRowIds", false);
        return add(id, "Table Difference Checker", s);
    }

    /**
     * Connects two data ports (1 = first data port; KNIME's port 0 is the flow-variable port).
     *
     * @return this
     */
    TestflowWriter connect(final int source, final int sourcePort, final int dest, final int destPort) {
        m_connections.add(new Connection(source, sourcePort, dest, destPort));
        return this;
    }

    /**
     * Writes the workflow into a folder (created if needed).
     *
     * @param dir the workflow folder
     */
    void writeTo(final Path dir) throws IOException {
        Files.createDirectories(dir);
        NodeSettings wf = new NodeSettings(Testflow.WORKFLOW_FILE);
        wf.addString("created_by", CREATED_BY);
        wf.addBoolean("created_by_nightly", false);
        wf.addString("version", "5.1.0");
        wf.addString("name", dir.getFileName().toString());
        wf.addString("customDescription", null);
        wf.addString("state", "IDLE");
        wf.addNodeSettings("workflow_credentials");
        NodeSettingsWO nodes = wf.addNodeSettings("nodes");
        for (NodeEntry n : m_nodes.values()) {
            // as KNIME's FileWorkflowPersistor names node folders: FileUtil.getValidFileName replaces every
            // character other than a-z, A-Z, 0-9 and space by '_' ("PK/PD Model" -> "PK_PD Model (#2)")
            String folder = n.name().replaceAll("[^a-zA-Z0-9 ]", "_") + " (#" + n.id() + ")";
            NodeSettingsWO entry = nodes.addNodeSettings("node_" + n.id());
            entry.addInt("id", n.id());
            entry.addString("node_settings_file", folder + "/settings.xml");
            entry.addBoolean("node_is_meta", false);
            entry.addString("node_type", "NativeNode");
            entry.addString("ui_classname", "org.knime.core.node.workflow.NodeUIInformation");
            entry.addNodeSettings("ui_settings").addIntArray("extrainfo.node.bounds", n.x(), n.y(), 75, 80);
            Files.createDirectories(dir.resolve(folder));
            save(n.settings(), dir.resolve(folder).resolve("settings.xml"));
        }
        NodeSettingsWO conns = wf.addNodeSettings("connections");
        for (int i = 0; i < m_connections.size(); i++) {
            Connection c = m_connections.get(i);
            NodeSettingsWO entry = conns.addNodeSettings("connection_" + i);
            entry.addInt("sourceID", c.source());
            entry.addInt("destID", c.dest());
            entry.addInt("sourcePort", c.sourcePort());
            entry.addInt("destPort", c.destPort());
        }
        save(wf, dir.resolve(Testflow.WORKFLOW_FILE));
    }

    private TestflowWriter add(final int id, final String name, final NodeSettings settings) {
        int column = m_nodes.size();
        m_nodes.put(id, new NodeEntry(id, name, settings, 100 + 180 * column, 100 + 60 * (column % 2)));
        return this;
    }

    private static void save(final NodeSettings settings, final Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            settings.saveToXML(out);
        }
    }

    /** The keys every node's settings.xml carries, as KNIME 5.x writes them for a node that is not executed. */
    private static NodeSettings nodeSettings(final String factory, final String nodeName, final String bundleName,
        final String bundleSymbolicName, final String vendor, final String bundleVersion) {
        NodeSettings s = new NodeSettings("settings.xml");
        s.addString("node_file", "settings.xml");
        s.addNodeSettings("flow_stack");
        s.addNodeSettings("internal_node_subsettings").addString("memory_policy", "CacheSmallInMemory");
        s.addString("customDescription", null);
        s.addString("state", "IDLE");
        s.addString("factory", factory);
        s.addString("node-name", nodeName);
        s.addString("node-bundle-name", bundleName);
        s.addString("node-bundle-symbolic-name", bundleSymbolicName);
        s.addString("node-bundle-vendor", vendor);
        s.addString("node-bundle-version", bundleVersion);
        s.addNodeSettings("factory_settings");
        s.addString("name", nodeName);
        s.addBoolean("hasContent", false);
        s.addBoolean("isInactive", false);
        s.addNodeSettings("ports");
        NodeSettingsWO fs = s.addNodeSettings("filestores");
        fs.addString("file_store_location", null);
        fs.addString("file_store_id", null);
        return s;
    }

    static void addInternals(final NodeSettingsWO settings, final String key, final String modelId) {
        NodeSettingsWO internals = settings.addNodeSettings(key + "_Internals");
        internals.addString("SettingsModelID", modelId);
        internals.addBoolean("EnabledStatus", true);
    }

    private static void addBooleanModel(final NodeSettingsWO settings, final String key, final boolean value) {
        addInternals(settings, key, "SMID_boolean");
        settings.addBoolean(key, value);
    }
}
