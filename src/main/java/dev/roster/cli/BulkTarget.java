package dev.roster.cli;

import dev.roster.ids.IdParser;
import dev.roster.server.Services;
import dev.roster.webhooks.WebhookSettings;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code export} and {@code import} both take: the NDJSON file (or - for a standard stream), the dev org, and the store. */
final class BulkTarget {
    @Parameters(index = "0", paramLabel = "FILE|-",
        description = "The NDJSON file, or - for standard output (export) or standard input (import).")
    String file;

    @Option(names = "--dev-org", description = "The dev org: DEV-<n> or its DON (default: the first).")
    String devOrg;

    @Mixin
    StorageOptions storage;

    boolean isStandardStream() { return file.equals("-"); }

    /** The default webhook settings with the serving server's secrets key, which seals and opens webhooks' secrets. */
    static WebhookSettings.Builder webhooks() {
        // As for serve: the key comes only from the environment.
        return WebhookSettings.DEFAULT.toBuilder().secretsKey(Optional.ofNullable(System.getenv("ROSTER_SECRETS_KEY"))
            .filter(k -> !k.isBlank()));
    }

    long devOrg(Services services) { return devOrg(devOrg, services); }

    /** The dev org {@code --dev-org} names ({@code option}, may be null), or the default (first) one. */
    static long devOrg(String option, Services services) {
        if (option != null) return IdParser.devOrg("--dev-org", option);
        return services.devOrgs().defaultId().orElseThrow(() -> new CliFailure("the store has no dev org"));
    }
}
