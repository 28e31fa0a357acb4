package org.jakstat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code jakstat pkpd simulate|fit}: the command-line face of the KNIME node "PK/PD Model", with the same settings
 * as options and the same tables as CSV files.
 */
@Command(name = "pkpd", mixinStandardHelpOptions = true,
        description = "Oral PK (one or two compartments) with a linked PD model: simulate dose scenarios, or fit "
                + "parameters to observed time courses with known doses.",
        subcommands = {PkPdSimulateCommand.class, PkPdFitCommand.class})
public final class PkPdCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: simulate or fit");
    }
}
