package dev.roster.webhooks;

import dev.roster.auth.Caller;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import java.util.Optional;

/** The webhook operations, and {@code /_roster/events.redeliver}, over HTTP. */
public final class WebhookHandlers {
    private final WebhookService service;

    public WebhookHandlers(WebhookService service) { this.service = service; }

    public WebhookResponses.One create(Caller caller, RequestBody request) {
        return new WebhookResponses.One(WebhookJson.from(service.create(caller,
            CreateWebhook.parse(request, service.settings().deny()))));
    }

    public WebhookResponses.One get(Caller caller, RequestBody request) {
        return new WebhookResponses.One(WebhookJson.from(service.get(caller, id(request, caller))));
    }

    public WebhookResponses.All list(Caller caller, RequestBody request) {
        return new WebhookResponses.All(service.list(caller).stream().map(WebhookJson::from).toList());
    }

    public WebhookResponses.One update(Caller caller, RequestBody request) {
        return new WebhookResponses.One(WebhookJson.from(service.update(caller,
            UpdateWebhook.parse(request, caller.orgId(), service.settings().deny()))));
    }

    public EmptyResponse delete(Caller caller, RequestBody request) {
        service.delete(caller, id(request, caller));
        return new EmptyResponse();
    }

    /** {@code {"id": event, "webhook"?}}: the event again, to that webhook or to every webhook it went to. */
    public Redelivered redeliver(Caller caller, RequestBody request) {
        long event = IdParser.parse("id", request.requiredString("id"), IdKind.EVENT, caller.orgId());
        Optional<Long> webhook = request.string("webhook").map(id -> IdParser.parse("webhook", id, IdKind.WEBHOOK, caller.orgId()));
        return new Redelivered(service.redeliver(caller, event, webhook));
    }

    /** How many deliveries a redelivery made. */
    public record Redelivered(int deliveries) {}

    private static long id(RequestBody request, Caller caller) {
        return IdParser.parse("id", request.requiredString("id"), IdKind.WEBHOOK, caller.orgId());
    }
}
