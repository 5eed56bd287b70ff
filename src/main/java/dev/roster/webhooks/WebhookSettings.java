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

    public WebhookSettings withVerify(boolean on) {
        return new WebhookSettings(on, retry, deny, eventRetention, verifyWindow, pollInterval, perWebhook, total, secretsKey);
    }

    public WebhookSettings withRetry(RetrySchedule schedule) {
        return new WebhookSettings(verify, schedule, deny, eventRetention, verifyWindow, pollInterval, perWebhook, total, secretsKey);
    }

    public WebhookSettings withDeny(DenyList list) {
        return new WebhookSettings(verify, retry, list, eventRetention, verifyWindow, pollInterval, perWebhook, total, secretsKey);
    }

    public WebhookSettings withEventRetention(Duration retention) {
        return new WebhookSettings(verify, retry, deny, retention, verifyWindow, pollInterval, perWebhook, total, secretsKey);
    }

    public WebhookSettings withVerifyWindow(Duration window) {
        return new WebhookSettings(verify, retry, deny, eventRetention, window, pollInterval, perWebhook, total, secretsKey);
    }

    public WebhookSettings withPollInterval(Duration interval) {
        return new WebhookSettings(verify, retry, deny, eventRetention, verifyWindow, interval, perWebhook, total, secretsKey);
    }

    public WebhookSettings withSecretsKey(Optional<String> key) {
        return new WebhookSettings(verify, retry, deny, eventRetention, verifyWindow, pollInterval, perWebhook, total, key);
    }

    /** Never shows the secrets key. */
    @Override
    public String toString() {
        return "WebhookSettings[verify=" + verify + ", retry=" + retry + ", deny=" + deny + ", eventRetention=" + eventRetention
            + ", perWebhook=" + perWebhook + ", total=" + total + "]";
    }
}
