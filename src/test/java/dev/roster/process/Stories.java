package dev.roster.process;

import dev.roster.testing.Api;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the crash test's clients were told, object by object, and so what must hold after a restart:
 * a write answered 2xx is there; a write cut off by the crash may or may not be, but never half.
 */
final class Stories {
    private final Map<String, Story> byId = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();

    void created(String family, String id, String shape) {
        byId.put(id, new Story(family, id, shape));
        writes.incrementAndGet();
    }

    void acknowledged(String id, String shape) {
        story(id).acknowledged(shape);
        writes.incrementAndGet();
    }

    void cutOff(String id, String shape) { story(id).cutOff(shape); }

    Optional<Story> find(String id) { return Optional.ofNullable(byId.get(id)); }

    /** The acknowledged writes so far. */
    int writes() { return writes.get(); }

    /** Objects the directory shows in a state no client was told of. */
    List<String> violations(Api api) {
        List<String> violations = new ArrayList<>();
        for (Story story : byId.values()) {
            String now = Shapes.current(api, story.family(), story.id());
            if (!story.allows(now)) violations.add(story + "; the directory shows " + now);
        }
        return violations;
    }

    /** Every change that committed: the acknowledged ones, and each cut-off one the directory shows. */
    Set<Story.Change> committed(Api api) {
        Set<Story.Change> committed = new HashSet<>();
        for (Story story : byId.values()) {
            committed.addAll(story.acknowledgedChanges());
            story.cutOffChange().filter(c -> c.after().equals(Shapes.current(api, story.family(), story.id())))
                .ifPresent(committed::add);
        }
        return committed;
    }

    private Story story(String id) { return byId.get(id); }
}
