package dev.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Changing the directory from the page, in Chromium: create and update, an error at its field,
 * identities, rev org links, group members, tags, deactivation. Each change is checked through the API.
 */
class AdminPageEditTest {
    private final AdminPageServer server = AdminPageServer.get();
    private final Acme acme = new Acme(server.api());

    @Test
    void a_taken_email_is_shown_at_the_email_field_then_the_dev_user_is_created_and_updated() {
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/dev-users");
        page.navigate("New dev user").expectHeading("New dev user");
        String name = Acme.unique("Grace");
        page.fill("Email", "dana@acme.example").fill("Full name", name).click("Create dev user");
        String error = page.errorAt("Email");
        assertTrue(error.contains("dana@acme.example") || error.contains("email"), error);
        assertEquals("true", page.field("Email").getDomAttribute("aria-invalid"));
        assertEquals(page.field("Email"), page.driver().switchTo().activeElement());
        page.screenshot("field-error");
        assertEquals("0", String.valueOf(acme.api().post("/dev-users.list", "{\"email\":[\"" + name + "@example.com\"]}")
            .assertStatus(200).body().path("dev_users").size()));

        page.fill("Email", name + "@example.com").submit("Create dev user").expectHeading(name).expectText("Created dev user");
        String id = acme.find("dev-users.list", "{\"email\":[\"" + name + "@example.com\"]}", "/dev_users/0/display_id");
        page.navigate("Edit").fill("Full name", name + " Hopper").choose("Job title", "developer").submit("Save");
        page.expectHeading(name + " Hopper").expectText("Saved.");
        JsonNode user = acme.api().post("/dev-users.get", "{\"id\":\"" + id + "\"}").assertStatus(200).body().path("dev_user");
        assertEquals(name + " Hopper", user.path("full_name").asText());
        assertEquals("developer", user.path("job_title").asText());
    }

    @Test
    void an_identity_is_linked_refused_when_taken_and_unlinked() {
        String email = Acme.unique("ident") + "@example.com";
        String id = acme.create("dev-users.create", "{\"email\":\"" + email + "\",\"state\":\"shadow\",\"full_name\":\"Ida Link\"}",
            "/dev_user/display_id");
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/dev-users/" + id).expectText("No linked identities.");

        page.fill("Issuer", "github").fill("ID at the issuer", "dscully").click("Link identity");
        assertTrue(page.errorAt("ID at the issuer").contains("DEVU-2"), page.errorAt("ID at the issuer"));

        page.fill("ID at the issuer", email).fill("Display name at the issuer", "Ida on GitHub").submit("Link identity");
        page.expectText("Linked the github identity.").expectText("github: " + email + " (Ida on GitHub)");
        assertEquals("github", identities(id).path(0).path("issuer").asText());

        page.submit("Unlink the github identity " + email).expectText("No linked identities.");
        assertEquals(0, identities(id).size());
    }

    @Test
    void a_rev_user_is_linked_to_a_rev_org_and_unlinked() {
        String user = acme.create("rev-users.create", "{\"display_name\":\"" + Acme.unique("Lin") + "\"}", "/rev_user/display_id");
        String europe = acme.revOrg("Globex Europe");
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/rev-users/" + user).expectText("Linked to no rev org.");

        page.fill("Rev org ID", europe).submit("Link to rev org").expectText("Linked to " + europe + ".");
        page.settled().expectText("Globex Corporation");
        assertEquals(europe, revUser(user).path("rev_org").path("display_id").asText());

        page.submit("Unlink from rev org Globex Europe").expectText("Linked to no rev org.");
        assertTrue(revUser(user).path("rev_org").isMissingNode());
    }

    @Test
    void a_group_is_created_and_members_and_tags_are_added_and_removed() {
        String name = Acme.unique("Champions");
        String user = acme.create("rev-users.create", "{\"display_name\":\"Gus Member\"}", "/rev_user/display_id");
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/groups");
        page.navigate("New group").fill("Name", name).fill("Description", "Customers who try things first")
            .choose("Member kind", "rev_user").submit("Create group").expectHeading(name).settled();
        String group = acme.find("groups.list", "{\"name\":[\"" + name + "\"]}", "/groups/0/display_id");

        page.fill("Rev user ID", user).submit("Add member").settled().expectText("Gus Member (" + user + ")");
        assertEquals(1, members(group).size());
        page.screenshot("group");
        page.submit("Remove Gus Member from the group").settled().expectText("No members.");
        assertEquals(0, members(group).size());

        String vip = acme.tag("vip");
        page.visit("#/rev-users/" + user).fill("Tag ID", vip).submit("Add tag").settled().expectText("vip (" + vip + ")");
        assertEquals(vip, revUser(user).path("tags").path(0).path("tag").path("display_id").asText());
        page.submit("Remove tag vip").settled().expectText("No tags.");
        assertEquals(0, revUser(user).path("tags").size());
    }

    @Test
    void a_dev_user_is_activated_deactivated_and_activated_again() {
        String id = acme.create("dev-users.create", "{\"email\":\"" + Acme.unique("act") + "@example.com\",\"state\":\"shadow\"}",
            "/dev_user/display_id");
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/dev-users/" + id);
        page.submit("Activate").expectText("Activated.");
        assertEquals("active", devUser(id).path("state").asText());
        page.submit("Deactivate").expectText("Deactivated.");
        assertEquals("deactivated", devUser(id).path("state").asText());
        page.submit("Activate").expectText("Activated.");
        assertEquals("active", devUser(id).path("state").asText());
    }

    @Test
    void a_tag_is_deleted_only_once_the_confirmation_naming_it_is_accepted() {
        String name = Acme.unique("short-lived");
        String tag = acme.create("tags.create", "{\"name\":\"" + name + "\"}", "/tag/display_id");
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/tags/" + tag);
        page.click("Delete").expectText("Delete tag " + name + " (" + tag + ")? This cannot be undone.");
        page.click("Cancel").expectNoText("This cannot be undone.");
        assertEquals(200, acme.api().post("/tags.get", "{\"id\":\"" + tag + "\"}").status());
        page.click("Delete").submit("Yes, delete " + tag).expectHeading("Tags").expectText("Deleted tag " + tag + ".");
        assertEquals(404, acme.api().post("/tags.get", "{\"id\":\"" + tag + "\"}").status());
    }

    private JsonNode identities(String id) {
        return devUser(id).path("external_identities");
    }

    private JsonNode devUser(String id) {
        return acme.api().post("/dev-users.get", "{\"id\":\"" + id + "\"}").assertStatus(200).body().path("dev_user");
    }

    private JsonNode revUser(String id) {
        return acme.api().post("/rev-users.get", "{\"id\":\"" + id + "\"}").assertStatus(200).body().path("rev_user");
    }

    private JsonNode members(String group) {
        return acme.api().post("/groups.members.list", "{\"group\":\"" + group + "\"}").assertStatus(200).body().path("members");
    }
}
