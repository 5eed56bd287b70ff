package dev.roster.cli;

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
            String token = storage.onExistingStore(services -> services.operators().rotate());
            System.out.println(token);
            return 0;
        }
    }
}
