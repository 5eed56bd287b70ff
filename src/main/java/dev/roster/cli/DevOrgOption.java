package dev.roster.cli;

import dev.roster.ids.IdParser;
import dev.roster.server.Services;
import picocli.CommandLine.Option;

/** {@code --dev-org}: the dev org a command works in, the default (first) one unless named. */
final class DevOrgOption {
    @Option(names = "--dev-org", description = "The dev org: DEV-<n> or its DON (default: the first).")
    String devOrg;

    long resolve(Services services) {
        if (devOrg != null) return IdParser.devOrg("--dev-org", devOrg);
        return services.devOrgs().defaultId().orElseThrow(() -> new CliFailure("the store has no dev org"));
    }
}
