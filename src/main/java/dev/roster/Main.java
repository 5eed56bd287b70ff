package dev.roster;

import dev.roster.cli.CliErrors;
import dev.roster.cli.DevOrgCommand;
import dev.roster.cli.ExportCommand;
import dev.roster.cli.ImportCommand;
import dev.roster.cli.OperatorTokenCommand;
import dev.roster.cli.ServeCommand;
import dev.roster.cli.SnapshotCommand;
import dev.roster.cli.TokenCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code roster} command line. */
@Command(name = "roster", mixinStandardHelpOptions = true, version = "roster 0.1.0",
    description = "A self-hosted server for the DevRev directory API.")
public final class Main {
    /** The subcommands by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("serve", ServeCommand::new);
        SUBCOMMANDS.put("token", TokenCommand::new);
        SUBCOMMANDS.put("operator-token", OperatorTokenCommand::new);
        SUBCOMMANDS.put("dev-org", DevOrgCommand::new);
        SUBCOMMANDS.put("snapshot", SnapshotCommand::new);
        SUBCOMMANDS.put("export", ExportCommand::new);
        SUBCOMMANDS.put("import", ImportCommand::new);
    }

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The command line with every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line as {@code main} runs it for {@code args}: failures a user can act on print one
     * line, not a stack trace. When the arguments name a subcommand, only that one is built: picocli
     * reads every command's annotations by reflection, and reading all of them took about a sixth of
     * the time a server needs to start.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine root = new CommandLine(new Main());
        Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) root.addSubcommand(named.get());
        else SUBCOMMANDS.values().forEach(command -> root.addSubcommand(command.get()));
        return root.setExecutionExceptionHandler(CliErrors::handle).setParameterExceptionHandler(CliErrors::handleUsage);
    }
}
