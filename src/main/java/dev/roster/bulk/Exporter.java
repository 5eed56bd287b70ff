package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.auth.Caller;
import dev.roster.auth.Scope;
import dev.roster.http.ListParams;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.revorgs.RevOrg;
import dev.roster.server.Services;
import dev.roster.store.Tx;
import dev.roster.webhooks.WebhookSettings;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

/**
 * {@code roster export}: a dev org's objects as NDJSON, each line the JSON its list operation answers
 * plus {@code type}, all read from one snapshot of the store whatever writes run meanwhile. Relations
 * follow their objects as lines of their own ({@link BulkLines}), so no line grows with the data.
 */
public final class Exporter {
    private final Services services;
    private final boolean includeSecrets;

    /**
     * {@code webhooks}: the serving server's webhook settings, whose secrets key opens the secrets;
     * {@code includeSecrets}: whether webhooks' lines keep them.
     */
    public Exporter(Services services, WebhookSettings webhooks, boolean includeSecrets) {
        this.services = BulkServices.over(services.db(), services.clock(), webhooks);
        this.includeSecrets = includeSecrets;
    }

    /** Writes dev org {@code orgId}'s objects of {@code kinds} to {@code out}; answers how many lines. */
    public long export(long orgId, Set<BulkKind> kinds, OutputStream out) {
        OperationRunner api = new OperationRunner(services.operations(), new Caller(orgId, 0, Scope.ADMIN));
        return services.db().readAsOne(tx -> {
            try (LineWriter lines = new LineWriter(out)) {
                for (BulkKind kind : BulkKind.values()) {
                    if (kinds.contains(kind)) export(tx, api, kind, lines);
                }
                return lines.lines();
            }
        });
    }

    private void export(Tx tx, OperationRunner api, BulkKind kind, LineWriter lines) {
        api.forEach(kind.listOperation, OperationRunner.request(), kind.listField, object -> {
            if (kind == BulkKind.REV_ORG && isDefault(tx, api.caller().orgId(), object)) object.put(BulkLines.IS_DEFAULT, true);
            if (kind == BulkKind.WEBHOOK && !includeSecrets) object.remove("secret");
            lines.write(kind.wire, object);
        });
        if (kind == BulkKind.REV_USER) associations(tx, api.caller().orgId(), lines);
        if (kind == BulkKind.GROUP) {
            api.forEach(kind.listOperation, OperationRunner.request(), kind.listField, group -> members(api, group, lines));
        }
    }

    /** Whether a rev org is its account's default, which importing the account creates. */
    private boolean isDefault(Tx tx, long orgId, ObjectNode revOrg) {
        long id = IdParser.parse("id", revOrg.path("id").asText(), IdKind.REV_ORG, orgId);
        return services.revOrgs().find(tx, orgId, id).map(RevOrg::isDefault).orElse(false);
    }

    private void associations(Tx tx, long orgId, LineWriter lines) {
        AssociationStore store = new AssociationStore();
        List<AssociationStore.Row> page;
        AssociationStore.Row last = AssociationStore.START;
        do {
            page = store.after(tx, orgId, last, ListParams.MAX_LIMIT);
            for (AssociationStore.Row row : page) lines.write(BulkLines.association(orgId, row));
            if (!page.isEmpty()) last = page.getLast();
        } while (page.size() == ListParams.MAX_LIMIT);
    }

    private static void members(OperationRunner api, JsonNode group, LineWriter lines) {
        ObjectNode filter = OperationRunner.request().put("group", group.path("id").asText());
        api.forEach("groups.members.list", filter, "members", member -> lines.write(BulkLines.member(group, member)));
    }
}
