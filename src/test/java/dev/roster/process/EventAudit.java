package dev.roster.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.events.Events;
import dev.roster.testing.Api;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the events a webhook received with the changes that committed: every committed change
 * must have arrived (duplicates allowed), and every event must describe a committed change.
 */
final class EventAudit {
    /** One event about a directory object, reduced to the change it describes. */
    record Described(String id, String type, Story.Change change) {
        /** The change an event (as delivered, or as events.list shows it) describes; empty for webhooks' own events. */
        static Optional<Described> of(JsonNode event) {
            String type = event.path("type").asText();
            String kind = type.substring(type.lastIndexOf('_') + 1);
            String family = type.substring(0, type.lastIndexOf('_'));
            if (!Shapes.isWritten(family)) return Optional.empty();
            JsonNode payload = event.path(type);
            JsonNode old = payload.path("old_" + family);
            String before = old.isMissingNode() ? null : Shapes.of(family, old);
            Story.Change change = kind.equals("deleted")
                ? new Story.Change(payload.path("id").asText(), before, Shapes.ABSENT)
                : new Story.Change(payload.at("/" + family + "/id").asText(), before, Shapes.of(family, payload.get(family)));
            return Optional.of(new Described(event.path("id").asText(), type, change));
        }
    }

    private EventAudit() {}

    static List<Described> described(List<JsonNode> events) {
        return events.stream().map(Described::of).flatMap(Optional::stream).toList();
    }

    /** The committed changes no event describes. */
    static Set<Story.Change> missing(Set<Story.Change> committed, List<Described> events) {
        Set<Story.Change> missing = new HashSet<>(committed);
        events.forEach(e -> missing.remove(e.change()));
        return missing;
    }

    /**
     * The events that describe no committed change. A creation whose answer was cut off is known to
     * no client, so an event about an object no story has must be its creation, and the directory
     * must show the object exactly as the event does (it was never written again).
     */
    static List<String> invented(Api api, Stories stories, Set<Story.Change> committed, List<Described> events) {
        List<String> invented = new ArrayList<>();
        for (Described e : events) {
            if (committed.contains(e.change())) continue;
            Optional<Story> story = stories.find(e.change().objectId());
            boolean cutOffCreation = story.isEmpty() && e.change().before() == null && e.type().endsWith("_created")
                && e.change().after().equals(Shapes.current(api, e.type().replace("_created", ""), e.change().objectId()));
            if (!cutOffCreation) {
                invented.add(e.id() + " " + e.type() + " " + e.change() + "; the object's story: "
                    + story.map(Story::toString).orElse("none"));
            }
        }
        return invented;
    }

    /** The stored events of committed changes whose delivery has not succeeded (or is missing), as events.list shows them. */
    static List<String> undelivered(Api api, Set<Story.Change> committed) {
        List<String> undelivered = new ArrayList<>();
        for (JsonNode event : Events.all(api)) {
            Optional<Described> described = Described.of(event);
            if (described.isEmpty() || !committed.contains(described.get().change())) continue;
            JsonNode deliveries = event.path("deliveries");
            boolean delivered = !deliveries.isEmpty();
            for (JsonNode delivery : deliveries) delivered &= delivery.path("state").asText().equals("delivered");
            if (!delivered) undelivered.add(described.get().id() + " " + described.get().type() + " " + deliveries);
        }
        return undelivered;
    }
}
