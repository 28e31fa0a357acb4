package org.jakstat.knime.testflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jakstat.knime.testflow.Testflow.WorkflowVariable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigBase;
import org.knime.core.node.config.base.ConfigEntries;

/**
 * Applies a node's flow-variable bindings to its model settings, as KNIME does before it configures a node
 * (SingleNodeContainer with ConfigEditTreeModel, read in knime-core; no code copied). The bindings are saved in the
 * node's settings.xml under {@code variables}, beside {@code model}: since KNIME 4.1 a {@code version} entry
 * ({@code V_2019_09_13}) and a {@code tree} config, before that the tree itself. The tree mirrors the model's keys;
 * a leaf holds {@code used_variable} (the variable whose value replaces the setting, or null) and
 * {@code exposed_variable} (a variable the node would publish with the setting's value, or null).
 *
 * <p>The harness applies only what it can apply exactly as KNIME does: a STRING variable to a string setting; a
 * DOUBLE to a double setting, or to a string as Java writes the number; an INTEGER to an int, long or double
 * setting, or to a string. Anything else (another setting type, array settings, exposed variables, a variable the
 * workflow does not define, a setting the node does not have) is an {@link InvalidSettingsException} naming the
 * setting, so the workflow fails instead of running with settings KNIME would not use.
 */
final class FlowVariableBindings {

    /** The bindings format of KNIME 4.1+ (ConfigEditTreeModel's current version). */
    static final String VERSION = "V_2019_09_13";

    /** The bindings format before KNIME 4.1: the tree directly under {@code variables}, no version entry. */
    static final String VERSION_2008 = "V_2008_04_08";

    static final String USED = "used_variable";

    static final String EXPOSED = "exposed_variable";

    /**
     * One setting replaced by a variable.
     *
     * @param path the setting's key path in the model settings, '/' between levels
     * @param variable the variable applied
     */
    record Applied(String path, WorkflowVariable variable) {
    }

    private FlowVariableBindings() {
    }

    /**
     * @param model the node's saved model settings (not changed)
     * @param bindings the node's {@code variables} settings
     * @param variables the workflow variables in effect, by name
     * @param applied receives every binding applied, in tree order
     * @return a copy of the model settings with every bound setting replaced by its variable's value
     * @throws InvalidSettingsException if a binding cannot be applied as KNIME would apply it
     */
    static NodeSettings apply(final NodeSettingsRO model, final NodeSettingsRO bindings,
        final Map<String, WorkflowVariable> variables, final List<Applied> applied) throws InvalidSettingsException {
        NodeSettings copy = new NodeSettings(model.getKey());
        model.copyTo(copy);
        walk(copy, tree(bindings), "", variables, applied);
        return copy;
    }

    private static NodeSettingsRO tree(final NodeSettingsRO bindings) throws InvalidSettingsException {
        String version = bindings.getString("version", VERSION_2008);
        if (version.equals(VERSION_2008)) {
            return bindings;
        }
        if (!version.equals(VERSION)) {
            throw new InvalidSettingsException("flow-variable bindings of version '" + version
                + "': the harness reads " + VERSION + " (KNIME 4.1+) and " + VERSION_2008);
        }
        return bindings.containsKey("tree") ? bindings.getNodeSettings("tree") : new NodeSettings("tree");
    }

    private static void walk(final ConfigBase config, final NodeSettingsRO tree, final String prefix,
        final Map<String, WorkflowVariable> variables, final List<Applied> applied) throws InvalidSettingsException {
        for (String key : tree.keySet()) {
            String path = prefix.isEmpty() ? key : prefix + "/" + key;
            NodeSettingsRO sub = tree.getNodeSettings(key);
            AbstractConfigEntry entry = config.getEntry(key);
            if (entry == null) {
                throw new InvalidSettingsException("flow-variable binding of setting '" + path
                    + "': the node's model settings have no such key");
            }
            if (sub.containsKey(USED) || sub.containsKey(EXPOSED)) {
                String exposed = sub.getString(EXPOSED, null);
                if (exposed != null) {
                    throw new InvalidSettingsException("setting '" + path + "' is exposed as flow variable '"
                        + exposed + "': the harness does not pass flow variables from node to node");
                }
                String used = sub.getString(USED, null);
                if (used != null) {
                    WorkflowVariable v = variables.get(used);
                    if (v == null) {
                        throw new InvalidSettingsException("setting '" + path + "' is bound to flow variable '" + used
                            + "', which the workflow does not define (KNIME: unknown variable)");
                    }
                    overwrite(config, key, entry.getType(), v, path);
                    applied.add(new Applied(path, v));
                }
            } else if (entry instanceof ConfigBase child) {
                walk(child, sub, path, variables, applied);
            } else {
                throw new InvalidSettingsException("flow-variable binding of setting '" + path
                    + "': the bindings have a sub-tree where the model has a single value");
            }
        }
    }

    private static void overwrite(final ConfigBase config, final String key, final ConfigEntries type,
        final WorkflowVariable v, final String path) throws InvalidSettingsException {
        try {
            switch (v.type() + " " + type.name()) {
                case "STRING xstring" -> config.addString(key, v.value());
                case "DOUBLE xdouble" -> config.addDouble(key, Double.parseDouble(v.value()));
                case "INTEGER xint" -> config.addInt(key, Integer.parseInt(v.value()));
                case "INTEGER xlong" -> config.addLong(key, Long.parseLong(v.value()));
                case "INTEGER xdouble" -> config.addDouble(key, Integer.parseInt(v.value()));
                case "DOUBLE xstring", "INTEGER xstring" -> config.addString(key, v.value());
                default -> throw new InvalidSettingsException("flow variable " + v + " bound to setting '" + path
                    + "' of type " + type.name() + ": the harness applies STRING to xstring, DOUBLE to xdouble and "
                    + "xstring, INTEGER to xint, xlong, xdouble and xstring settings; it does not guess the rest");
            }
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException("flow variable " + v + " bound to setting '" + path
                + "' is not a number", e);
        }
    }

    /**
     * Parses a value of KNIME's batch option {@code -workflow.variable=name,value,type} (type String, int or double,
     * as KNIME's BatchExecutor accepts them).
     *
     * @param option the text after {@code -workflow.variable=}
     * @return the variable
     * @throws InvalidSettingsException if the option is malformed
     */
    static WorkflowVariable parseBatchOption(final String option) throws InvalidSettingsException {
        String[] parts = option.split(",", -1);
        if (parts.length != 3) {
            throw new InvalidSettingsException("-workflow.variable=" + option
                + ": expected name,value,type (the harness does not read quoted commas)");
        }
        String type = switch (parts[2]) {
            case "String" -> "STRING";
            case "int" -> "INTEGER";
            case "double" -> "DOUBLE";
            default -> throw new InvalidSettingsException("-workflow.variable=" + option + ": type '" + parts[2]
                + "' is not one of String, int, double");
        };
        try {
            String value = switch (type) {
                case "INTEGER" -> Integer.toString(Integer.parseInt(parts[1]));
                case "DOUBLE" -> Double.toString(Double.parseDouble(parts[1]));
                default -> parts[1];
            };
            return new WorkflowVariable(parts[0], type, value);
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException("-workflow.variable=" + option + ": '" + parts[1] + "' is not an "
                + parts[2], e);
        }
    }

    /**
     * @param defined the workflow's variables
     * @param overrides variables given as batch options, replacing those of the same name
     * @param notes receives a note per override of a variable the workflow does not define (KNIME warns the same)
     * @return the variables in effect, by name, in definition order
     */
    static Map<String, WorkflowVariable> inEffect(final List<WorkflowVariable> defined,
        final List<WorkflowVariable> overrides, final List<String> notes) {
        Map<String, WorkflowVariable> all = new java.util.LinkedHashMap<>();
        defined.forEach(v -> all.put(v.name(), v));
        List<String> unknown = new ArrayList<>();
        for (WorkflowVariable v : overrides) {
            if (!all.containsKey(v.name())) {
                unknown.add(v.name());
            }
            all.put(v.name(), v);
        }
        if (!unknown.isEmpty()) {
            notes.add("workflow variable(s) " + unknown + " given but not defined in the workflow (potentially unused)");
        }
        return all;
    }
}
