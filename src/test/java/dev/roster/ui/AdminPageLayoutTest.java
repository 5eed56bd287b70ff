package dev.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** The page for everyone: the keyboard alone, a label on every control, a phone's width; and webhooks. */
class AdminPageLayoutTest {
    private final AdminPageServer server = AdminPageServer.get();
    private final Acme acme = new Acme(server.api());

    @Test
    void the_keyboard_alone_signs_in_searches_and_opens_a_dev_user() {
        AdminPage page = server.page();
        // The sign-in view starts with focus in its one field.
        assertEquals(page.field("Token"), page.driver().switchTo().activeElement());
        page.type(server.adminToken(), Keys.ENTER).expectHeading("Dev users").settled();
        page.tabTo("Email", 20).type("fox@acme.example").pressToNewView(Keys.ENTER);
        assertEquals(List.of("DEVU-3"), page.listedIds());
        page.tabTo("dev user Fox Mulder (DEVU-3)", 40).pressToNewView(Keys.ENTER);
        page.expectHeading("Fox Mulder").settled().tabTo("Issuer", 60).type("gitlab")
            .tabTo("ID at the issuer", 3).type("fox-gl").pressToNewView(Keys.ENTER);
        page.settled().expectText("gitlab: fox-gl");
        assertTrue(acme.api().post("/dev-users.get", "{\"id\":\"DEVU-3\"}").text().contains("fox-gl"));
        page.tabTo("Unlink the gitlab identity fox-gl", 60).pressToNewView(Keys.ENTER);
        page.settled().expectNoText("gitlab: fox-gl");
        assertFalse(acme.api().post("/dev-users.get", "{\"id\":\"DEVU-3\"}").text().contains("fox-gl"));
    }

    @Test
    void every_control_of_every_view_has_a_label_and_no_view_breaks_the_content_security_policy() {
        AdminPage page = server.page();
        assertEquals(List.of(), page.unlabelledControls());
        page.signIn(server.adminToken());
        page.js("""
            window.violations = [];
            document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));""");
        for (String view : views()) {
            assertEquals(List.of(), page.visit(view).unlabelledControls(), view);
        }
        assertEquals(List.of(), page.js("return window.violations"));
    }

    private List<String> views() {
        String hank = acme.revUser("hank@globex.example");
        String globex = acme.account("Globex Corporation");
        String europe = acme.revOrg("Globex Europe");
        String vip = acme.tag("vip");
        return List.of("#/dev-users", "#/dev-users/new", "#/dev-users/DEVU-2", "#/dev-users/DEVU-2/edit",
            "#/dev-users/merge", "#/rev-users", "#/rev-users/new", "#/rev-users/" + hank, "#/rev-users/" + hank + "/edit",
            "#/rev-users/merge", "#/accounts", "#/accounts/new", "#/accounts/" + globex, "#/accounts/" + globex + "/edit",
            "#/accounts/merge", "#/rev-orgs", "#/rev-orgs/new", "#/rev-orgs/" + europe, "#/rev-orgs/" + europe + "/edit",
            "#/tags", "#/tags/new", "#/tags/" + vip, "#/tags/" + vip + "/edit", "#/groups", "#/groups/new",
            "#/webhooks", "#/webhooks/new");
    }

    @Test
    void at_a_phones_width_nothing_is_wider_than_the_window() {
        String hank = acme.revUser("hank@globex.example");
        AdminPage page = server.page().signIn(server.adminToken()).narrow();
        for (String view : List.of("#/rev-users", "#/rev-users/" + hank, "#/accounts/new")) {
            page.visit(view);
            Object overflow = ((JavascriptExecutor) page.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, overflow, view);
        }
        page.visit("#/rev-users/" + hank).screenshot("narrow-rev-user");
    }

    @Test
    void webhooks_are_listed_or_the_page_says_the_server_lacks_them() {
        AdminPage page = server.page().signIn(server.adminToken());
        Object status = ((JavascriptExecutor) page.driver()).executeAsyncScript("""
            const done = arguments[arguments.length - 1];
            fetch('/webhooks.list', {method: 'POST', headers: {Authorization: 'Bearer ' + sessionStorage.getItem('roster.token')},
              body: '{}'}).then((r) => done(r.status));""");
        page.visit("#/webhooks");
        // Until the server has webhooks, the page says so; once it has them, it lists them.
        if (Long.valueOf(404).equals(status)) page.expectText("This Roster does not serve webhooks yet");
        else assertEquals(List.of(), page.listedIds());
    }
}
