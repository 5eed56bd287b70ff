package dev.roster.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.roster.auth.Scope;
import dev.roster.auth.TokenLifetime;
import dev.roster.http.Json;
import dev.roster.server.Services;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roster token create|revoke|list}: manage API tokens of the default dev org directly in the store. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Create, revoke or list API tokens.",
    subcommands = {TokenCommand.Create.class, TokenCommand.Revoke.class, TokenCommand.List.class})
public final class TokenCommand {
    @Command(name = "create", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Print a new token (a JWT) for an existing dev user of the default dev org.")
    static final class Create implements Callable<Integer> {
        @Option(names = "--email", required = true, description = "The dev user's email.")
        String email;

        @Option(names = "--scope", defaultValue = "write", description = "read, write or admin.")
        String scope;

        @Option(names = "--expires-in", defaultValue = "${env:ROSTER_TOKEN_LIFETIME:-" + TokenLifetime.DEFAULT_DAYS + "}",
            description = "Days the token lives, from 1 to " + TokenLifetime.LONGEST_DAYS + ". Env ROSTER_TOKEN_LIFETIME.")
        long expiresIn;

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
            if (expiresIn < 1 || expiresIn > TokenLifetime.LONGEST_DAYS) {
                throw new ParameterException(spec.commandLine(), "--expires-in must be from 1 to " + TokenLifetime.LONGEST_DAYS
                    + " days, got " + expiresIn);
            }
            Duration life = Duration.ofDays(expiresIn);
            String token = storage.onExistingStore(services -> services.devOrgs().issueToken(email, chosen, life)).orElseThrow(() ->
                new CliFailure("no dev user with email " + email + " in the default dev org of " + storage.location()));
            System.out.println(token);
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Revoke a token by its id (TOKEN-<n> or its DON, as token list shows it); it stops working at once.")
    static final class Revoke implements Callable<Integer> {
        @Parameters(index = "0", description = "The token's id; never the token itself, which would stay in shell history.")
        String id;

        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() {
            if (!inDefaultOrg(storage, (services, org) -> services.authTokens().revoke(org, id))) {
                throw new CliFailure(id + " was revoked already in " + storage.location());
            }
            System.out.println("revoked");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Print a dev user's tokens of the default dev org (their metadata, never the tokens), as auth-tokens.list does.")
    static final class List implements Callable<Integer> {
        @Option(names = "--email", required = true, description = "The dev user's email.")
        String email;

        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() throws JsonProcessingException {
            Object tokens = inDefaultOrg(storage, (services, org) -> services.authTokens().list(org, email));
            System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tokens));
            return 0;
        }
    }

    private static <T> T inDefaultOrg(StorageOptions storage, BiFunction<Services, Long, T> work) {
        return storage.onExistingStore(services -> work.apply(services, services.devOrgs().findDefault()
            .orElseThrow(() -> new CliFailure("no default dev org in " + storage.location()))));
    }
}
