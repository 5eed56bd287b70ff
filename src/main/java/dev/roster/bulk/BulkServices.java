package dev.roster.bulk;

import dev.roster.fixtures.Fixtures;
import dev.roster.server.Services;
import dev.roster.store.Database;
import dev.roster.webhooks.WebhookSettings;
import java.time.Clock;

/**
 * The services bulk commands run their operations on: the server's default rules, with the webhook
 * settings the command was given, so that webhooks are checked, verified and their secrets sealed
 * as the server that serves them does (its ROSTER_SECRETS_KEY above all).
 */
final class BulkServices {
    private BulkServices() {}

    static Services over(Database db, Clock clock, WebhookSettings webhooks) {
        Services.Settings defaults = Services.Settings.DEFAULT;
        return Services.over(db, clock, new Services.Settings(defaults.selfLink(), defaults.tokenLifetime(), webhooks),
            Fixtures.none());
    }
}
