package dev.roster.webhooks;

import dev.roster.errors.ApiError;
import dev.roster.events.EventType;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@code webhooks.update}. In {@code event_types} and {@code headers}, {@code set} replaces the list
 * and cannot be combined with {@code add} or {@code remove}; an empty {@code secret} asks for a new one.
 */
record UpdateWebhook(long id, Optional<Action> action, Optional<String> url, Optional<String> secret,
                     Optional<ListChange<EventType>> eventTypes, Optional<ListChange<WebhookHeader>> headers) {

    enum Action {
        ACTIVATE, DEACTIVATE;

        String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** A change to a list: replace it, or add and remove items. */
    record ListChange<T>(Optional<List<T>> set, List<T> add, List<String> remove) {}

    static UpdateWebhook parse(RequestBody body, long orgId, DenyList deny) {
        long id = IdParser.parse("id", body.requiredString("id"), IdKind.WEBHOOK, orgId);
        Optional<Action> action = body.enumValue("action", Action.class, Action::wire);
        Optional<String> url = body.has("url") ? Optional.of(WebhookFields.url(body, "url", deny)) : Optional.empty();
        Optional<String> secret = body.string("secret").map(s -> WebhookFields.secret("secret", s, true));
        Optional<ListChange<EventType>> types = body.object("event_types").map(o -> change(o, "event_types",
            (b, n) -> WebhookFields.eventTypes(b, n),
            (b, n) -> WebhookFields.eventTypes(b, n).stream().map(EventType::wire).toList()));
        Optional<ListChange<WebhookHeader>> headers = body.object("headers").map(o -> change(o, "headers",
            (b, n) -> WebhookFields.headers(b, n),
            (b, n) -> b.strings(n).orElse(List.of())));
        return new UpdateWebhook(id, action, url, secret, types, headers);
    }

    private static <T> ListChange<T> change(RequestBody change, String field, BiFunction<RequestBody, String, List<T>> items,
                                            BiFunction<RequestBody, String, List<String>> names) {
        boolean set = change.has("set");
        if (set && (change.has("add") || change.has("remove"))) {
            throw ApiError.valueNotPermitted(field + ".set", "replaces the whole list, so it cannot be combined with add or "
                + "remove; send either set, or add and remove").toException();
        }
        return new ListChange<>(set ? Optional.of(items.apply(change, "set")) : Optional.empty(),
            change.has("add") ? items.apply(change, "add") : List.of(),
            change.has("remove") ? names.apply(change, "remove") : List.of());
    }

    /** The event types after this change. */
    List<EventType> eventTypesOf(List<EventType> current) {
        return eventTypes.map(c -> c.set().orElseGet(() -> {
            List<EventType> next = new ArrayList<>(current);
            next.removeIf(t -> c.remove().contains(t.wire()));
            c.add().stream().filter(t -> !next.contains(t)).forEach(next::add);
            return next;
        })).orElse(current);
    }

    /** The headers after this change; an added header replaces one of the same name, case-insensitively. */
    List<WebhookHeader> headersOf(List<WebhookHeader> current) {
        return headers.map(c -> c.set().orElseGet(() -> {
            List<WebhookHeader> next = new ArrayList<>(current);
            next.removeIf(h -> c.remove().stream().anyMatch(name -> name.equalsIgnoreCase(h.name())));
            for (WebhookHeader added : c.add()) {
                next.removeIf(h -> h.name().equalsIgnoreCase(added.name()));
                next.add(added);
            }
            return WebhookFields.checkCount("headers", next);
        })).orElse(current);
    }
}
