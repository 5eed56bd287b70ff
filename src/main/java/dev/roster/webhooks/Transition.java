package dev.roster.webhooks;

import java.util.Optional;

/**
 * What an update does to a webhook's status. A webhook that should be active but has not verified
 * its current url and secret is unverified: a new url or secret, or {@code activate} after a
 * verification gave up, starts a new verification. Without verification (--webhook-verify off)
 * it is active at once.
 */
record Transition(WebhookStatus status, boolean startsVerification, boolean endsVerification) {
    static Transition of(Webhook old, Optional<UpdateWebhook.Action> action, boolean newCredentials, boolean verify) {
        boolean wantsActive = action.map(a -> a == UpdateWebhook.Action.ACTIVATE).orElse(old.status() != WebhookStatus.INACTIVE);
        if (!wantsActive) return new Transition(WebhookStatus.INACTIVE, false, old.challenge() != null);
        if (!verify) return new Transition(WebhookStatus.ACTIVE, false, old.challenge() != null);
        boolean verified = old.isVerified() && !newCredentials;
        if (verified) return new Transition(WebhookStatus.ACTIVE, false, old.challenge() != null);
        // Unverified and unchanged: the pending verification (or the one that gave up) stands.
        boolean restart = newCredentials || action.isPresent() || old.status() != WebhookStatus.UNVERIFIED;
        return new Transition(WebhookStatus.UNVERIFIED, restart, restart && old.challenge() != null);
    }
}
