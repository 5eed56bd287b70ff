package dev.roster.cli;

import dev.roster.auth.Scope;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roster token create|revoke}: manage API tokens directly in the store. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Create or revoke API tokens.",
    subcommands = {TokenCommand.Create.class, TokenCommand.Revoke.class})
public final class TokenCommand {
    @Command(name = "create", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Print a new token for an existing dev user of the default dev org.")
    static final class Create implements Callable<Integer> {
        @Option(names = "--email", required = true, description = "The dev user's email.")
        String email;

        @Option(names = "--scope", defaultValue = "write", description = "read, write or admin.")
        String scope;

        @Mixin
        StorageOptions storage;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Scope chosen;
            try {
                chosen = Scope.ofWire(scope);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--scope must be read, write or admin, got '" + scope + "'");
            }
            String token = storage.onExistingStore(services -> services.devOrgs().issueToken(email, chosen)).orElseThrow(() ->
                new CliFailure("no dev user with email " + email + " in the default dev org of " + storage.location()));
            System.out.println(token);
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, showDefaultValues = true, description = "Revoke a token; it stops working at once.")
    static final class Revoke implements Callable<Integer> {
        @Parameters(index = "0", description = "The token to revoke.")
        String token;

        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() {
            if (!storage.onExistingStore(services -> services.tokens().revoke(token))) {
                throw new CliFailure("no live token matches in " + storage.location());
            }
            System.out.println("revoked");
            return 0;
        }
    }
}
