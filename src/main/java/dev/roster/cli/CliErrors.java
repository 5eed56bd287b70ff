package dev.roster.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** How a command's failure reaches the user: one line for what they can fix, the stack trace only for a bug. */
public final class CliErrors {
    private CliErrors() {}

    /** A wrong option or value: the reason and where to read more, not the whole usage. */
    public static int handleUsage(ParameterException mistake, String[] args) {
        CommandLine command = mistake.getCommandLine();
        command.getErr().println("roster: " + mistake.getMessage());
        command.getErr().println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    public static int handle(Exception failure, CommandLine command, ParseResult parsed) {
        if (failure instanceof CliFailure) {
            command.getErr().println("roster: " + failure.getMessage());
            return 1;
        }
        command.getErr().println("roster: unexpected error (please report it with what follows):");
        failure.printStackTrace(command.getErr());
        return 1;
    }
}
