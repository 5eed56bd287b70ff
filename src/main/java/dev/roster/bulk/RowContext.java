package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.http.Timestamps;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.server.Services;
import dev.roster.store.Tx;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** What a line's import works with: the operations, the references, the mode, and the transaction it runs in. */
final class RowContext {
    final OperationRunner api;
    final NaturalKeys keys;
    final ImportMode mode;
    final Services services;
    private final DateStore dates = new DateStore();
    /** Accounts this import created: their default rev orgs are new too. Few, so kept. */
    private final Set<String> createdAccounts = new HashSet<>();
    private Tx tx;

    RowContext(OperationRunner api, ImportMode mode, Services services) {
        this.api = api;
        this.keys = new NaturalKeys(api);
        this.mode = mode;
        this.services = services;
    }

    void in(Tx current) { tx = current; }

    Tx tx() { return tx; }

    long orgId() { return api.caller().orgId(); }

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
     * Gives the object {@code id} the dates and authors of its line, where the line has them: the file's
     * history survives the import. An author whose email is no dev user here stays the importer.
     */
    void restoreDates(BulkKind kind, IdKind idKind, String id, ObjectNode line) {
        Long created = date(line, "created_date");
        Long modified = date(line, "modified_date");
        Long createdBy = author(line.get("created_by"));
        Long modifiedBy = author(line.get("modified_by"));
        if (created == null && modified == null && createdBy == null && modifiedBy == null) return;
        dates.restore(tx, kind, orgId(), number(idKind, id), created, modified, createdBy, modifiedBy);
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
