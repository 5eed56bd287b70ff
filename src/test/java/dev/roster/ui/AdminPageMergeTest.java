package dev.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Merging from the page, in Chromium: a review of what will move, then the merge; a wrong ID at its field. */
class AdminPageMergeTest {
    private static final String SECONDARY = "The rev user to merge into it and remove (ID)";

    private final AdminPageServer server = AdminPageServer.get();
    private final Acme acme = new Acme(server.api());

    @Test
    void merging_two_rev_users_shows_what_will_move_then_moves_it() {
        String ref = Acme.unique("crm");
        String kept = acme.create("rev-users.create", "{\"display_name\":\"Bo Kept\",\"email\":\"bo@example.com\"}", "/rev_user/display_id");
        String gone = acme.create("rev-users.create", "{\"display_name\":\"Bo Twice\",\"external_ref\":\"" + ref
            + "\",\"phone_numbers\":[\"+14155550123\"],\"tags\":[{\"id\":\"" + acme.tag("vip") + "\"}]}", "/rev_user/display_id");
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/rev-users/" + kept);
        page.navigate("Merge another rev user into this one").expectHeading("Merge rev users");
        assertEquals(kept, page.field("The rev user to keep (ID)").getDomProperty("value"));

        page.fill(SECONDARY, gone).click("Review merge").expectText("What will move");
        page.expectText("1 external ref: " + ref).expectText("1 phone number").expectText("1 tag: vip");
        page.screenshot("merge-review");
        assertEquals(200, acme.api().post("/rev-users.get", "{\"id\":\"" + gone + "\"}").status());

        page.submit("Merge " + gone + " into " + kept).expectHeading("Bo Kept").expectText("Merged " + gone + " into " + kept + ".");
        assertEquals(404, acme.api().post("/rev-users.get", "{\"id\":\"" + gone + "\"}").status());
        JsonNode user = acme.api().post("/rev-users.get", "{\"id\":\"" + kept + "\"}").assertStatus(200).body().path("rev_user");
        assertTrue(user.path("external_refs").toString().contains(ref), user.toString());
        assertEquals("+14155550123", user.path("phone_numbers").path(0).asText());
    }

    @Test
    void merging_two_accounts_names_the_rev_orgs_that_will_move() {
        String keptName = Acme.unique("Umbrella");
        String goneName = Acme.unique("Umbrella Labs");
        String kept = acme.create("accounts.create", "{\"display_name\":\"" + keptName + "\"}", "/account/display_id");
        String gone = acme.create("accounts.create", "{\"display_name\":\"" + goneName + "\",\"domains\":[\""
            + goneName.toLowerCase().replace(' ', '-') + ".example\"]}", "/account/display_id");
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/accounts/merge?primary=" + kept);
        page.fill("The account to merge into it and remove (ID)", gone).click("Review merge").expectText("What will move");
        page.expectText("1 rev org: " + goneName).expectText("1 domain");
        page.submit("Merge " + gone + " into " + kept).expectHeading(keptName).settled().expectText(goneName);
        assertEquals(404, acme.api().post("/accounts.get", "{\"id\":\"" + gone + "\"}").status());
        assertEquals(2, acme.api().post("/rev-orgs.list", "{\"account\":[\"" + kept + "\"]}").assertStatus(200)
            .body().path("rev_orgs").size());
    }

    @Test
    void an_id_that_names_nothing_is_shown_at_its_field_and_nothing_is_merged() {
        String kept = acme.create("rev-users.create", "{\"display_name\":\"Solo\"}", "/rev_user/display_id");
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/rev-users/merge?primary=" + kept);
        page.fill(SECONDARY, "REVU-999999999").click("Review merge");
        assertTrue(page.errorAt(SECONDARY).contains("not found"), page.errorAt(SECONDARY));
        page.fill(SECONDARY, kept).click("Review merge").expectText("What will move");
        page.click("Merge " + kept + " into " + kept);
        assertTrue(page.errorAt(SECONDARY).contains("itself"), page.errorAt(SECONDARY));
        assertEquals(200, acme.api().post("/rev-users.get", "{\"id\":\"" + kept + "\"}").status());
    }
}
