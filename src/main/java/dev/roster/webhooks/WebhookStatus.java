package dev.roster.webhooks;

/** The contract's webhook-status. A webhook gets events only while active. */
enum WebhookStatus {
    ACTIVE, INACTIVE, UNVERIFIED;

    String wire() { return name().toLowerCase(java.util.Locale.ROOT); }

    static WebhookStatus of(String wire) { return valueOf(wire.toUpperCase(java.util.Locale.ROOT)); }
}
