package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.http.Timestamps;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.server.Services;
import dev.roster.store.Tx;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What a line's import works with: the operations, the references, the mode, and the transaction it runs in. */
final class RowContext {
    final OperationRunner api;
    final NaturalKeys keys;
    final ImportMode mode;
    final Services services;
    final ImportStore store = new ImportStore();
    /** Accounts this import created: their default rev orgs are new too. Few, so kept. */
    private final Set<String> createdAccounts = new HashSet<>();
    private Tx tx;

    private final LineClock clock;
    /** The line under way's created_date and created_by, as the operations stamped its object. */
    private Long created;
    private Long author;

    RowContext(OperationRunner api, ImportMode mode, Services services, LineClock clock, Map<String, String> fileIds) {
        this.clock = clock;
        this.api = api;
        this.keys = new NaturalKeys(api, fileIds);
        this.mode = mode;
        this.services = services;
    }

    void in(Tx current) { tx = current; }

    Tx tx() { return tx; }

    long orgId() { return api.caller().orgId(); }

    /**
     * Updates the existing object ({@code operations.update}) or creates one ({@code operations.create},
     * answering it in {@code field}) with {@code request}; answers its id.
     */
    String save(Optional<String> existing, String operations, String field, ObjectNode request) {
        if (existing.isPresent()) {
            api.run(operations + ".update", request.put("id", existing.get()));
            return existing.get();
        }
        return api.run(operations + ".create", request).path(field).path("id").asText();
    }

    /** What saving did, by whether the object existed. */
    static Outcome outcome(Optional<String> existing) {
        return existing.isPresent() ? Outcome.UPDATED : Outcome.IMPORTED;
    }

    void createdAccount(String id) { createdAccounts.add(id); }

    /** Whether the account a rev org's line names was created by this import. */
    boolean isCreatedAccount(ObjectNode line) {
        return createdAccounts.contains(keys.account("account", line.get("account")));
    }

    /** The number of a DON of this dev org. */
    long number(IdKind kind, String don) {
        return IdParser.parse("id", don, kind, orgId());
    }

    /**
     * Runs the line's operations as of its {@code created_date} and by its {@code created_by}, so that
     * they stamp a new object as the file says. An author whose email is no dev user here is the importer.
     */
    void begin(ObjectNode line) {
        created = date(line, "created_date");
        author = author(line.get("created_by"));
        clock.set(created == null ? null : Instant.ofEpochMilli(created));
        api.actAs(author);
    }

    /**
     * Runs the rest of the line at the present: for an operation whose stamp also starts a deadline (a
     * webhook's verification), which the file's date would put in the past. Its dates are then restored.
     */
    void atPresent() {
        clock.set(null);
    }

    /** Back to the present and the importer, after a line. */
    void end() {
        clock.set(null);
        api.actAs(null);
    }

    /**
     * Gives the object {@code id} the dates and authors of its line that its operations did not stamp:
     * all of them on an object that existed, the modification on a new one modified after its creation.
     */
    void restoreDates(BulkKind kind, IdKind idKind, String id, ObjectNode line, boolean isNew) {
        Map<String, Long> columns = new LinkedHashMap<>();
        if (!isNew) {
            putIfGiven(columns, "created_date", created);
            putIfGiven(columns, "created_by", author);
        }
        // Only the columns that change: SQLite updates the indexes of every column set, even to its own value.
        Long modified = date(line, "modified_date");
        if (!isNew || !Objects.equals(modified, created)) putIfGiven(columns, "modified_date", modified);
        Long modifiedBy = author(line.get("modified_by"));
        if (!isNew || !Objects.equals(modifiedBy, author)) putIfGiven(columns, "modified_by", modifiedBy);
        if (!columns.isEmpty()) store.restore(tx, kind, orgId(), number(idKind, id), columns);
    }

    private static void putIfGiven(Map<String, Long> columns, String column, Long value) {
        if (value != null) columns.put(column, value);
    }

    private static Long date(ObjectNode line, String field) {
        String text = RequestFields.text(line, field);
        return text == null ? null : Timestamps.parse(field, text).toEpochMilli();
    }

    private Long author(JsonNode summary) {
        String email = summary == null ? null : summary.path("email").textValue();
        if (email == null) return null;
        Optional<String> found = keys.findDevUser(email);
        return found.map(don -> number(IdKind.DEV_USER, don)).orElse(null);
    }
}
