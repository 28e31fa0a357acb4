package org.jakstat.knime.testflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;

/**
 * A KNIME workflow folder as saved on disk (KNIME 5.x format): {@code workflow.knime} with its nodes and
 * connections, and one {@code settings.xml} per node. Reads exactly the keys KNIME's workflow persistor reads.
 *
 * @param dir the workflow folder
 * @param version the {@code version} entry of workflow.knime (KNIME writes "5.1.0" since 5.1)
 * @param nodes the nodes by id
 * @param connections the connections
 */
record Testflow(Path dir, String version, Map<Integer, TestflowNode> nodes, List<Connection> connections) {

    /** File name of a workflow's description. */
    static final String WORKFLOW_FILE = "workflow.knime";

    /**
     * One node of the workflow.
     *
     * @param id the node id
     * @param folder the node folder relative to the workflow folder
     * @param factory the node factory class name
     * @param name the node name stored with the node
     * @param settings the whole settings.xml
     */
    record TestflowNode(int id, String folder, String factory, String name, NodeSettingsRO settings) {

        /** @return the node's model settings (the tree its NodeModel saves) */
        NodeSettingsRO model() throws InvalidSettingsException {
            return settings.getNodeSettings("model");
        }

        /** @return "Name (#id)" as KNIME labels nodes */
        String label() {
            return name + " (#" + id + ")";
        }
    }

    /**
     * A connection. Port 0 of every node is KNIME's implicit flow-variable port, so the first data port is 1.
     *
     * @param source the source node id
     * @param sourcePort the source port (1 = first data port)
     * @param dest the destination node id
     * @param destPort the destination port (1 = first data port)
     */
    record Connection(int source, int sourcePort, int dest, int destPort) {
    }

    /**
     * Reads a workflow folder.
     *
     * @param dir the folder holding workflow.knime
     * @return the workflow
     * @throws IOException if a file is unreadable
     * @throws InvalidSettingsException if a required key is missing
     */
    static Testflow read(final Path dir) throws IOException, InvalidSettingsException {
        NodeSettingsRO wf = load(dir.resolve(WORKFLOW_FILE));
        String version = wf.getString("version");
        Map<Integer, TestflowNode> nodes = new TreeMap<>();
        NodeSettingsRO nodeConfigs = wf.getNodeSettings("nodes");
        for (String key : nodeConfigs.keySet()) {
            NodeSettingsRO n = nodeConfigs.getNodeSettings(key);
            int id = n.getInt("id");
            String file = n.getString("node_settings_file");
            NodeSettingsRO settings = load(dir.resolve(file));
            String folder = Path.of(file).getParent().toString();
            nodes.put(id, new TestflowNode(id, folder, settings.getString("factory"), settings.getString("node-name"),
                settings));
        }
        List<Connection> connections = new ArrayList<>();
        NodeSettingsRO conns = wf.getNodeSettings("connections");
        for (String key : conns.keySet()) {
            NodeSettingsRO c = conns.getNodeSettings(key);
            connections.add(new Connection(c.getInt("sourceID"), c.getInt("sourcePort"), c.getInt("destID"),
                c.getInt("destPort")));
        }
        return new Testflow(dir, version, Collections.unmodifiableMap(nodes), List.copyOf(connections));
    }

    private static NodeSettingsRO load(final Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return NodeSettings.loadFromXML(in);
        }
    }

    /** @return the workflow's folder name */
    String name() {
        return dir.getFileName().toString();
    }
}
