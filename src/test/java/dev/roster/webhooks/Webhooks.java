package dev.roster.webhooks;

import static dev.roster.testing.ApiTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;

/** Shortcuts for the webhook tests, through the API like any client. */
final class Webhooks {
    /** A URL nothing listens on: a delivery there fails at once, without leaving the machine. */
    static final String NOWHERE = "http://127.0.0.1:9/hooks";

    private Webhooks() {}

    static JsonNode create(Api api, Object... fields) {
        return api.post("/webhooks.create", json(fields)).assertStatus(201).body().get("webhook");
    }

    static JsonNode get(Api api, JsonNode webhook) {
        return api.post("/webhooks.get", json("id", id(webhook))).assertStatus(200).body().get("webhook");
    }

    static JsonNode update(Api api, Object... fields) {
        return api.post("/webhooks.update", json(fields)).assertStatus(200).body().get("webhook");
    }

    static String id(JsonNode webhook) { return webhook.get("id").asText(); }
}
