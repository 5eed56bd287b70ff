package dev.roster.http;

import dev.roster.auth.Caller;
import dev.roster.auth.Scope;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations by name, as the route table declares them. HTTP serves each at {@code "/" + name}
 * through one handler, so every operation reads its request and writes its answer the same way;
 * fixtures run the same operations by name, with or without a server.
 */
public final class Operations {
    /**
     * An operation with its name, the status of a successful answer and the least role it needs. A
     * read is served at GET and HEAD too.
     */
    public record Entry(String name, HttpStatus status, RouteRole role, boolean isRead, Operation operation) {
        /** One of Roster's own operations (under {@code _roster/}), not DevRev's. */
        public boolean isRosters() { return name.startsWith("_roster/"); }
    }

    /** What stands between a request and its operation (faults): it runs the operation, or answers instead. */
    @FunctionalInterface
    public interface Around {
        Around DIRECT = (ctx, entry, caller, request) -> entry.operation().run(caller, request);

        Object run(Context ctx, Entry entry, Caller caller, RequestBody request);
    }

    private static final String ATTRIBUTE = "roster.operation";

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /**
     * A read with the read scope: GET with a query and POST with a body, as DevRev serves them, and
     * HEAD, which answers as GET would (a 401 without a token) but without the body.
     */
    public void read(String name, Operation operation) {
        read(name, operation, Scope.READ);
    }

    public void read(String name, Operation operation, RouteRole role) {
        add(new Entry(name, HttpStatus.OK, role, true, operation));
    }

    /** A change, answering 200. */
    public void write(String name, Operation operation, RouteRole role) {
        write(name, operation, role, HttpStatus.OK);
    }

    /** A change that creates, answering 201. */
    public void create(String name, Operation operation, RouteRole role) {
        write(name, operation, role, HttpStatus.CREATED);
    }

    public void write(String name, Operation operation, RouteRole role, HttpStatus status) {
        add(new Entry(name, status, role, false, operation));
    }

    /** Serves every operation on {@code app}. */
    public void serveOn(Javalin app) {
        serveOn(app, Around.DIRECT);
    }

    /** Serves every operation on {@code app}, each run through {@code around}. */
    public void serveOn(Javalin app, Around around) {
        for (Entry entry : entries.values()) {
            Handler handler = handler(entry, around);
            String path = "/" + entry.name();
            app.post(path, handler, entry.role());
            if (entry.isRead()) {
                app.get(path, handler, entry.role());
                app.head(path, handler, entry.role());
            }
        }
    }

    /** The operation with this name (such as {@code accounts.create}), if there is one. */
    public Optional<Entry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** Every operation's name, in the order the table declares them. */
    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    /** The name of the operation a request runs; empty until its handler starts, and for paths that are none. */
    public static Optional<String> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    private void add(Entry entry) {
        if (entries.putIfAbsent(entry.name(), entry) != null) throw new IllegalStateException(entry.name() + " is declared twice");
    }

    private static Handler handler(Entry entry, Around around) {
        return ctx -> {
            ctx.attribute(ATTRIBUTE, entry.name());
            Object answer = around.run(ctx, entry, Caller.of(ctx), RequestReader.read(ctx));
            ctx.status(entry.status());
            if (answer != null) AnswerWriter.write(ctx, answer);
        };
    }
}
