package dev.roster;

import dev.roster.cli.ServeCommand;
import dev.roster.cli.TokenCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code roster} command line. */
@Command(name = "roster", mixinStandardHelpOptions = true, version = "roster 0.1.0",
    description = "A self-hosted server for the DevRev directory API.",
    subcommands = {ServeCommand.class, TokenCommand.class})
public final class Main {
    public static void main(String[] args) {
        int exit = new CommandLine(new Main()).execute(args);
        if (exit != 0 || args.length == 0 || !"serve".equals(args[0])) System.exit(exit);
    }
}
