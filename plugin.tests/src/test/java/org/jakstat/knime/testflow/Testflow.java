package org.jakstat.knime.testflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * @param variables the workflow variables ({@code workflow_variables} of workflow.knime), in their saved order
 */
record Testflow(Path dir, String version, Map<Integer, TestflowNode> nodes, List<Connection> connections,
    List<WorkflowVariable> variables) {

    /** File name of a workflow's description. */
    static final String WORKFLOW_FILE = "workflow.knime";

    /** Key of the workflow variables in workflow.knime (KNIME's FileWorkflowPersistor). */
    static final String WORKFLOW_VARIABLES = "workflow_variables";

    /** Key of a node's flow-variable bindings in its settings.xml, beside {@code model} (KNIME's Node). */
    static final String NODE_VARIABLES = "variables";

    /**
     * A workflow variable as KNIME saves it ({@code FlowVariable.save}: {@code name}, {@code class} = the type's
     * identifier, {@code value}).
     *
     * @param name the variable's name
     * @param type the type identifier, e.g. STRING, DOUBLE, INTEGER
     * @param value the value as text (a double or an int written as Java writes it); null when the type is not one
     *            of the three the harness supports
     */
    record WorkflowVariable(String name, String type, String value) {

        /** The identifiers of the types the harness can apply (KNIME's FlowVariable.Type names). */
        static final List<String> SUPPORTED = List.of("STRING", "DOUBLE", "INTEGER");

        static WorkflowVariable read(final NodeSettingsRO s) throws InvalidSettingsException {
            String name = s.getString("name");
            String type = s.getString("class");
            String value = switch (type) {
                case "STRING" -> s.getString("value");
                case "DOUBLE" -> Double.toString(s.getDouble("value"));
                case "INTEGER" -> Integer.toString(s.getInt("value"));
                default -> null;
            };
            return new WorkflowVariable(name, type, value);
        }

        @Override
        public String toString() {
            return name + " (" + type + ") = " + (type.equals("STRING") ? "'" + value + "'" : value);
        }
    }

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

        /** @return the node's flow-variable bindings ({@code variables} beside {@code model}), if any */
        Optional<NodeSettingsRO> variables() throws InvalidSettingsException {
            return settings.containsKey(NODE_VARIABLES) ? Optional.of(settings.getNodeSettings(NODE_VARIABLES))
                : Optional.empty();
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
        List<WorkflowVariable> variables = new ArrayList<>();
        if (wf.containsKey(WORKFLOW_VARIABLES)) {
            NodeSettingsRO vars = wf.getNodeSettings(WORKFLOW_VARIABLES);
            for (String key : vars.keySet()) {
                variables.add(WorkflowVariable.read(vars.getNodeSettings(key)));
            }
        }
        return new Testflow(dir, version, Collections.unmodifiableMap(nodes), List.copyOf(connections),
            List.copyOf(variables));
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
