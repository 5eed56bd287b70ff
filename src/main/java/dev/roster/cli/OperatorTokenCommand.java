package dev.roster.cli;

import dev.roster.server.Services;
import dev.roster.store.Database;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code roster operator-token rotate}: replace the token that manages dev orgs. */
@Command(name = "operator-token", mixinStandardHelpOptions = true, description = "Manage the operator token.",
    subcommands = {OperatorTokenCommand.Rotate.class})
public final class OperatorTokenCommand {
    @Command(name = "rotate", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Print a new operator token; the old one stops working at once.")
    static final class Rotate implements Callable<Integer> {
        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() {
            try (Database db = TokenCommand.open(TokenCommand.settings(storage))) {
                System.out.println(Services.over(db, Clock.systemUTC()).operators().rotate());
                return 0;
            }
        }
    }
}
