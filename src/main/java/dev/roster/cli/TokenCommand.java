package dev.roster.cli;

import dev.roster.auth.Scope;
import dev.roster.server.RosterConfig;
import dev.roster.server.Services;
import dev.roster.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roster token create|revoke}: manage API tokens directly in the store. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Create or revoke API tokens.",
    subcommands = {TokenCommand.Create.class, TokenCommand.Revoke.class})
public final class TokenCommand {
    @Command(name = "create", mixinStandardHelpOptions = true,
        description = "Print a new token for an existing dev user of the default dev org.")
    static final class Create implements Callable<Integer> {
        @Option(names = "--email", required = true, description = "The dev user's email.")
        String email;

        @Option(names = "--scope", defaultValue = "write", description = "read, write or admin (default write).")
        String scope;

        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() {
            Scope chosen;
            try {
                chosen = Scope.ofWire(scope);
            } catch (IllegalArgumentException e) {
                System.err.println("--scope must be read, write or admin");
                return 2;
            }
            try (Database db = Database.open(settings(storage))) {
                Services services = Services.over(db, Clock.systemUTC());
                String token = db.write(tx -> {
                    long org = services.devOrgs().defaultOrg(tx).orElse(-1L);
                    return services.devUsers().findIdByEmail(tx, org, email)
                        .map(user -> services.tokens().issue(tx, org, user, chosen))
                        .orElse(null);
                });
                if (token == null) {
                    System.err.println("no dev user with email " + email + " in the default dev org");
                    return 1;
                }
                System.out.println(token);
                return 0;
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token; it stops working at once.")
    static final class Revoke implements Callable<Integer> {
        @Parameters(index = "0", description = "The token to revoke.")
        String token;

        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() {
            try (Database db = Database.open(settings(storage))) {
                if (!Services.over(db, Clock.systemUTC()).tokens().revoke(token)) {
                    System.err.println("no live token matches");
                    return 1;
                }
                System.out.println("revoked");
                return 0;
            }
        }
    }

    static Database.Settings settings(StorageOptions storage) {
        if (storage.dbUrl == null || storage.dbUrl.isBlank()) {
            try {
                java.nio.file.Files.createDirectories(storage.dataDir);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        RosterConfig defaults = RosterConfig.defaults("127.0.0.1", 0, storage.dataDir, storage.dbUrl);
        return new Database.Settings(defaults.dbUrl(), storage.dbUser, storage.dbPassword, Duration.ofSeconds(5), 2);
    }
}
