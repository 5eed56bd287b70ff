package dev.roster.webhooks;

import java.time.Duration;
import java.util.Optional;

/**
 * What a server's configuration chooses about webhooks.
 *
 * @param verify whether a new webhook must answer the verify handshake before it gets events ({@code --webhook-verify})
 * @param retry when the attempts of a delivery are made ({@code --webhook-retry})
 * @param deny the address ranges deliveries may not reach ({@code --webhook-deny})
 * @param eventRetention how long events and deliveries are kept ({@code --event-retention})
 * @param verifyWindow how long a verification keeps trying; 3 minutes, shorter only in tests
 * @param pollInterval how often a dispatcher looks for work it was not woken for (other processes', retries due)
 * @param perWebhook the most deliveries in flight to one webhook, over every process
 * @param total the most deliveries one process has in flight
 * @param secretsKey the key that encrypts webhook secrets (ROSTER_SECRETS_KEY), if chosen
 */
public record WebhookSettings(boolean verify, RetrySchedule retry, DenyList deny, Duration eventRetention,
                              Duration verifyWindow, Duration pollInterval, int perWebhook, int total,
                              Optional<String> secretsKey) {
    public static final String DEFAULT_RETENTION = "7d";
    public static final Duration VERIFY_WINDOW = Duration.ofMinutes(3);
    public static final WebhookSettings DEFAULT = new WebhookSettings(true, RetrySchedule.parse(RetrySchedule.DEFAULT),
        DenyList.NONE, DurationText.parse("--event-retention", DEFAULT_RETENTION), VERIFY_WINDOW, Duration.ofMillis(500),
        32, 128, Optional.empty());

    public WebhookSettings {
        if (eventRetention.isZero() || eventRetention.isNegative()) {
            throw new IllegalArgumentException("--event-retention must be positive");
        }
    }

    /** These settings, to change some of them. */
    public Builder toBuilder() { return new Builder(this); }

    /** Settings that differ from others in a few components. */
    public static final class Builder {
        private boolean verify;
        private RetrySchedule retry;
        private DenyList deny;
        private Duration eventRetention;
        private Duration verifyWindow;
        private Duration pollInterval;
        private int perWebhook;
        private int total;
        private Optional<String> secretsKey;

        private Builder(WebhookSettings from) {
            verify = from.verify;
            retry = from.retry;
            deny = from.deny;
            eventRetention = from.eventRetention;
            verifyWindow = from.verifyWindow;
            pollInterval = from.pollInterval;
            perWebhook = from.perWebhook;
            total = from.total;
            secretsKey = from.secretsKey;
        }

        public Builder verify(boolean on) { verify = on; return this; }

        public Builder retry(RetrySchedule schedule) { retry = schedule; return this; }

        public Builder deny(DenyList list) { deny = list; return this; }

        public Builder eventRetention(Duration retention) { eventRetention = retention; return this; }

        public Builder pollInterval(Duration interval) { pollInterval = interval; return this; }

        public Builder secretsKey(Optional<String> key) { secretsKey = key; return this; }

        public WebhookSettings build() {
            return new WebhookSettings(verify, retry, deny, eventRetention, verifyWindow, pollInterval, perWebhook, total,
                secretsKey);
        }
    }

    /** Never shows the secrets key. */
    @Override
    public String toString() {
        return "WebhookSettings[verify=" + verify + ", retry=" + retry + ", deny=" + deny + ", eventRetention=" + eventRetention
            + ", perWebhook=" + perWebhook + ", total=" + total + "]";
    }
}
