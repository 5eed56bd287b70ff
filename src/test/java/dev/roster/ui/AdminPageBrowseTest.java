package dev.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Browsing: searching with the list filters, sorting, cursor paging, and following relations, in Chromium. */
class AdminPageBrowseTest {
    private final AdminPageServer server = AdminPageServer.get();
    private final Acme acme = new Acme(server.api());

    @Test
    void searching_rev_users_by_email_keeps_the_match_and_the_address_keeps_the_search() {
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/rev-users");
        page.fill("Email", "hank@globex.example").submit("Search");
        assertEquals(List.of(acme.revUser("hank@globex.example")), page.listedIds());
        assertTrue(page.url().contains("email=hank%40globex.example"), page.url());
        page.screenshot("rev-users-search");
        page.driver().navigate().refresh();
        assertEquals(List.of(acme.revUser("hank@globex.example")), page.listedIds());
    }

    @Test
    void dev_users_filter_by_identity_and_sort_either_way() {
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/dev-users");
        page.fill("Identity issuer", "okta").submit("Search");
        assertEquals(List.of("DEVU-3"), page.listedIds());

        page.visit("#/dev-users").fill("Email", "dana@acme.example, fox@acme.example").choose("Sort by", "email:desc")
            .submit("Search");
        assertEquals(List.of("DEVU-3", "DEVU-2"), page.listedIds());
        page.choose("Sort by", "email:asc").submit("Search");
        assertEquals(List.of("DEVU-2", "DEVU-3"), page.listedIds());
    }

    @Test
    void the_created_date_filter_keeps_only_the_days_it_names() {
        AdminPage page = server.page().signIn(server.adminToken());
        assertEquals(List.of(), page.visit("#/accounts?created_date_after=2999-01-01").listedIds());
        page.expectText("No accounts match.");
        List<String> all = page.visit("#/accounts?created_date_before=2999-01-01").listedIds();
        assertTrue(all.contains(acme.account("Globex Corporation")), all.toString());
        assertEquals("2999-01-01", page.field("Created on or before").getDomProperty("value"));
    }

    @Test
    void rev_orgs_filter_by_account() {
        String globex = acme.account("Globex Corporation");
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/rev-orgs");
        page.fill("Account IDs", globex).submit("Search");
        assertEquals(List.of(acme.revOrg("Globex Corporation"), acme.revOrg("Globex Europe")), page.listedIds());
    }

    @Test
    void cursor_paging_moves_forward_and_back_through_a_filtered_list() {
        String tag = acme.create("tags.create", "{\"name\":\"" + Acme.unique("paging") + "\"}", "/tag/display_id");
        for (int i = 0; i < 12; i++) {
            acme.create("rev-users.create", "{\"display_name\":\"Paged " + i + "\",\"tags\":[{\"id\":\"" + tag + "\"}]}",
                "/rev_user/display_id");
        }
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/rev-users");
        page.fill("Tag IDs", tag).choose("Per page", "10").choose("Sort by", "created_date:asc").submit("Search");
        List<String> first = page.listedIds();
        assertEquals(10, first.size(), first.toString());
        List<String> second = page.navigate("Next page").listedIds();
        assertEquals(2, second.size(), second.toString());
        assertTrue(second.stream().noneMatch(first::contains), first + " then " + second);
        assertEquals(first, page.navigate("Previous page").listedIds());
    }

    @Test
    void a_rev_users_page_shows_its_rev_org_account_associations_and_tags_each_linking_to_its_page() {
        String hank = acme.revUser("hank@globex.example");
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/rev-users");
        page.fill("Email", "hank@globex.example").submit("Search");
        page.navigate("rev user Hank Scorpio (" + hank + ")").expectHeading("Hank Scorpio").settled();
        page.expectText("hank@globex.example").expectText("globex-u-1")
            .expectText("Globex Europe (" + acme.revOrg("Globex Europe") + ")")
            .expectText("vip (" + acme.tag("vip") + ")");
        page.screenshot("rev-user");

        String globex = acme.account("Globex Corporation");
        page.navigate("Globex Corporation (" + globex + ")").expectHeading("Globex Corporation").settled();
        page.expectText("Globex Europe").expectText("Hank Scorpio").expectText("Ingrid Berg").expectText("globex.example");
        page.screenshot("account");

        page.navigate("Globex Europe (" + acme.revOrg("Globex Europe") + ")").expectHeading("Globex Europe").settled();
        page.expectText("Ingrid Berg");
    }

    @Test
    void a_dev_users_page_shows_its_identities_and_whom_it_reports_to() {
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/dev-users/DEVU-3");
        page.expectHeading("Fox Mulder").expectText("okta: 00u1fox (Fox in Okta)");
        page.navigate("Dana Scully (DEVU-2)").expectHeading("Dana Scully").settled();
        page.expectText("github: dscully (Dana on GitHub)").expectText("In no group.");
        page.screenshot("dev-user");
    }
}
