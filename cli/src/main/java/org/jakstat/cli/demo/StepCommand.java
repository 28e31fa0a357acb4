package org.jakstat.cli.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;

/**
 * One step of the demo as the command a user would type: the subcommand's name and its arguments. The demo parses
 * the arguments into the real command object (so every default and every check is the command's own) and the report
 * shows the command line that reproduces the step.
 */
final class StepCommand {

    private final String m_name;

    private final List<String> m_args;

    /**
     * @param name the subcommand, e.g. "fit" or "pkpd fit"
     * @param args its arguments; paths as absolute paths
     */
    StepCommand(final String name, final List<String> args) {
        m_name = name;
        m_args = List.copyOf(args);
    }

    /**
     * @param command a new picocli command object
     * @param <T> its type
     * @return the object with this step's arguments parsed into it
     * @throws CommandLine.ParameterException when the arguments are not valid for the command (a bug of the demo, or
     *             a user file of another format)
     */
    <T> T parse(final T command) {
        return CommandLine.populateCommand(command, m_args.toArray(String[]::new));
    }

    /**
     * @param base the demo's output folder: paths below it are shown relative to it
     * @return the command line, shell-quoted, e.g. {@code jakstat fit --input data/kinase-panel.csv ...}
     */
    String display(final Path base) {
        List<String> words = new ArrayList<>(List.of("jakstat"));
        words.addAll(List.of(m_name.split(" ")));
        String prefix = base.toAbsolutePath().normalize().toString() + java.io.File.separator;
        for (String a : m_args) {
            String shown = a.startsWith(prefix) ? a.substring(prefix.length()) : a;
            words.add(shown.matches("[A-Za-z0-9_./=:,+-]+") ? shown : "'" + shown.replace("'", "'\\''") + "'");
        }
        return String.join(" ", words);
    }
}
