package org.jakstat.cli;

import org.jakstat.cli.demo.DemoCommand;
import org.jakstat.cli.example.ExampleDataCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar jakstat.jar <subcommand>}: the command-line face of Jakstat core. One subcommand class per
 * capability (fit, selectivity, example-data, timecourse, pkpd, and demo, which chains them), listed in
 * {@code subcommands}. Exit codes: 0 done (individual curves may still have failed; see their
 * status), 1 I/O error, 2 usage error or malformed input.
 */
@Command(name = "jakstat", mixinStandardHelpOptions = true, version = "jakstat 1.0.0",
        description = "JAK-STAT pharmacology from the command line.",
        subcommands = {
            FitCommand.class,
            SelectivityCommand.class,
            ExampleDataCommand.class,
            TimecourseCommand.class,
            PkPdCommand.class,
            DemoCommand.class,
            CommandLine.HelpCommand.class})
public final class JakstatCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** @param args command line */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** @return the configured picocli command line (also used by tests) */
    public static CommandLine commandLine() {
        return new CommandLine(new JakstatCommand());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand, e.g. 'fit --help'");
    }
}
