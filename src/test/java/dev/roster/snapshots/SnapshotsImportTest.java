package dev.roster.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.auth.Scope;
import dev.roster.fuzz.Directory;
import dev.roster.server.Services;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.Tenant;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SnapshotsImportTest extends ApiTest {
    private static final String IMPORT = "/_roster/snapshots.import";

    private ObjectNode export(Api admin, String name) {
        admin.post("/_roster/snapshots.create", json("name", name)).assertStatus(201);
        return (ObjectNode) admin.post("/_roster/snapshots.export", json("name", name)).assertStatus(200).body().get("document");
    }

    private String importBody(String name, JsonNode document) {
        return "{\"name\":\"" + name + "\",\"document\":" + document + "}";
    }

    /** An admin token, in {@code tenant}'s dev org, for its dev user with this email. */
    private Api adminByEmail(Tenant tenant, String email) {
        Services services = server.services();
        String token = services.db().write(tx -> services.devUsers().findIdByEmail(tx, tenant.orgId(), email)
            .map(user -> services.tokens().issue(tx, tenant.orgId(), user, Scope.ADMIN))).orElseThrow();
        return tenant.admin().withToken(token);
    }

    @Test
    void imported_into_another_dev_org_and_restored_there_every_relation_is_kept_under_new_ids() {
        Directory d = Directory.create(api, "x");
        String view = OrgView.of(api);
        ObjectNode document = export(api, "s");
        assertEquals(1, document.get("version").asInt());
        Tenant other = server.newTenant();

        JsonNode imported = other.admin().post(IMPORT, importBody("copy", document)).assertStatus(201).body();
        assertEquals(12, imported.at("/snapshot/object_count").asLong());
        other.admin().post("/_roster/snapshots.restore", json("name", "copy")).assertStatus(200);

        // The dev org is now exactly the snapshot's: its own admin is not in it, so that admin's token is gone.
        other.admin().get("/dev-users.self").assertError(401, "unauthenticated", null);
        Api copy = adminByEmail(other, api.get("/dev-users.self").assertStatus(200).at("/dev_user/email"));
        String copied = OrgView.of(copy);
        assertEquals(OrgView.modIds(view), OrgView.modIds(copied));
        assertFalse(copied.contains(Directory.id(d.account) + "\""), "the account has an id of the other dev org");
        assertEquals(view, OrgView.of(api), "the exporting dev org is untouched");

        String next = copy.post("/accounts.create", json("display_name", "Next")).assertStatus(201).at("/account/display_id");
        assertFalse(copied.contains(next + "\""), next + " is none of the restored ids");
        assertTrue(Long.parseLong(next.substring(4)) > Long.parseLong(Directory.id(d.account2).substring(4)));
    }

    @Test
    void imported_into_its_own_dev_org_ids_stay_as_they_were() {
        Directory d = Directory.create(api, "own");
        Map<String, String> before = d.snapshot(api);
        ObjectNode document = export(api, "s");
        api.post("/_roster/snapshots.delete", json("name", "s")).assertStatus(200);
        api.post(IMPORT, importBody("back", document)).assertStatus(201);
        api.post("/rev-users.delete", json("id", Directory.id(d.revUser2))).assertStatus(200);
        api.post("/accounts.delete", json("id", Directory.id(d.account2))).status();

        api.post("/_roster/snapshots.restore", json("name", "back")).assertStatus(200);

        assertEquals(before, d.snapshot(api));
    }

    @Test
    void a_malformed_document_answers_400_naming_what_is_wrong() {
        Directory.create(api, "m");
        ObjectNode good = export(api, "s");
        expect(good, doc -> doc.put("version", 2), "document.version");
        expect(good, doc -> doc.remove("version"), "document.version");
        expect(good, doc -> doc.put("format", "other"), "document.format");
        expect(good, doc -> doc.put("tables", "x"), "document.tables");
        expect(good, doc -> tables(doc).putObject("api_token"), "document.tables");
        expect(good, doc -> ((ArrayNode) table(doc, "account").get("columns")).add("secret"), "document.tables.account.columns");
        expect(good, doc -> ((ArrayNode) table(doc, "account").get("columns")).remove(1), "document.tables.account.columns");
        expect(good, doc -> row(doc, "account", 0).set(1, doc.numberNode(5)), "document.tables.account.rows[0].display_name");
        expect(good, doc -> row(doc, "account", 0).set(0, doc.textNode("1")), "document.tables.account.rows[0].id");
        expect(good, doc -> row(doc, "account", 0).remove(0), "document.tables.account.rows[0]");
        expect(good, doc -> row(doc, "rev_org", 0).set(1, doc.numberNode(999_999_999)), "document.tables.rev_org.rows[0].account_id");
        expect(good, doc -> row(doc, "account", 1).set(0, row(doc, "account", 0).get(0)), "document.tables.account.rows[1].id");
        expect(good, doc -> row(doc, "dev_user", 0).set(5, doc.textNode("boss")), "document.tables.dev_user.rows[0].state");
        expect(good, doc -> row(doc, "account", 0).set(4, doc.textNode("{not json")), "document.tables.account.rows[0].custom_fields");
        expect(good, doc -> row(doc, "account", 0).set(1, doc.textNode("a\u0000b")), "document.tables.account.rows[0].display_name");
        expect(good, doc -> row(doc, "object_tag", 0).set(0, doc.textNode("dev_user")), "document.tables.object_tag.rows[0].object_kind");
        api.post(IMPORT, json("name", "bad", "document", "x")).assertError(400, "unexpected_json_type", "document");
        api.post(IMPORT, json("name", "bad")).assertError(400, "missing_required_field", "document");
        api.post(IMPORT, importBody("initial", good)).assertError(400, "value_not_permitted", "name");
        api.post(IMPORT, importBody("s", good)).assertError(400, "value_not_permitted", "name");
        api.post("/_roster/snapshots.restore", json("name", "bad")).assertError(404, "not_found", null);
    }

    @Test
    void a_document_that_breaks_a_unique_rule_imports_but_its_restore_answers_400_and_changes_nothing() {
        ObjectNode doc = export(api, "s");
        ArrayNode admin = row(doc, "dev_user", 0);
        ArrayNode twin = admin.deepCopy();
        twin.set(0, doc.numberNode(admin.get(0).asLong() + 1_000_000));
        ((ArrayNode) table(doc, "dev_user").get("rows")).add(twin);
        api.post(IMPORT, importBody("twins", doc)).assertStatus(201);
        String view = OrgView.of(api);

        api.post("/_roster/snapshots.restore", json("name", "twins")).assertError(400, "value_not_permitted", "name");

        assertEquals(view, OrgView.of(api));
    }

    private void expect(ObjectNode good, Consumer<ObjectNode> breakIt, String field) {
        ObjectNode doc = good.deepCopy();
        breakIt.accept(doc);
        int status = api.post(IMPORT, importBody("bad", doc)).status();
        var response = api.post(IMPORT, importBody("bad", doc));
        assertEquals(400, status, response.text());
        assertEquals(field, response.body().path("field_name").asText(), response.text());
    }

    private static ObjectNode tables(ObjectNode doc) { return (ObjectNode) doc.get("tables"); }

    private static ObjectNode table(ObjectNode doc, String name) { return (ObjectNode) tables(doc).get(name); }

    private static ArrayNode row(ObjectNode doc, String table, int index) {
        return (ArrayNode) table(doc, table).get("rows").get(index);
    }
}
