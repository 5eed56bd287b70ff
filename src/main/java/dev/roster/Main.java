package dev.roster;

import dev.roster.cli.CliErrors;
import dev.roster.cli.DevOrgCommand;
import dev.roster.cli.ExportCommand;
import dev.roster.cli.ImportCommand;
import dev.roster.cli.OperatorTokenCommand;
import dev.roster.cli.ServeCommand;
import dev.roster.cli.SnapshotCommand;
import dev.roster.cli.TokenCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code roster} command line. */
@Command(name = "roster", mixinStandardHelpOptions = true, version = "roster 0.1.0",
    description = "A self-hosted server for the DevRev directory API.",
    subcommands = {ServeCommand.class, TokenCommand.class, OperatorTokenCommand.class, DevOrgCommand.class,
        SnapshotCommand.class, ExportCommand.class, ImportCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as {@code main} runs it: failures a user can act on print one line, not a stack trace. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(CliErrors::handle)
            .setParameterExceptionHandler(CliErrors::handleUsage);
    }
}
