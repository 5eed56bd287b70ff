package dev.roster.webhooks;

/** A header sent with every delivery of a webhook: the contract's webhook-header, on the wire as in the store. */
record WebhookHeader(String name, String value) {}
