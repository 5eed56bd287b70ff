package dev.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.auth.Scope;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.junit.jupiter.api.Test;

/** Signing in with a token, a refused token shown at its field, and signing out, in headless Chromium. */
class AdminPageSignInTest {
    private final AdminPageServer server = AdminPageServer.get();

    @Test
    void a_refused_token_is_shown_at_the_token_field_and_nothing_is_kept() {
        AdminPage page = server.page();
        page.fill("Token", "not-a-roster-token").click("Sign in");
        assertTrue(page.errorAt("Token").toLowerCase().contains("token"), page.errorAt("Token"));
        assertEquals("true", page.field("Token").getDomAttribute("aria-invalid"));
        assertNull(page.js("return sessionStorage.getItem('roster.token')"));
        page.screenshot("sign-in-refused");
    }

    @Test
    void signing_in_lists_dev_users_and_signing_out_forgets_the_token() {
        AdminPage page = server.page().screenshot("sign-in").signIn(server.adminToken());
        page.expectHeading("Dev users");
        List<String> ids = page.listedIds();
        assertTrue(ids.contains("DEVU-1"), ids.toString());
        page.expectText("dana@acme.example").expectText("Signed in as");
        assertEquals(server.adminToken(), page.js("return sessionStorage.getItem('roster.token')"));
        page.screenshot("dev-users");

        page.click("Sign out").expectHeading("Sign in").expectText("Signed out.");
        assertNull(page.js("return sessionStorage.getItem('roster.token')"));
        page.driver().navigate().refresh();
        page.expectHeading("Sign in");
    }

    @Test
    void the_page_calls_the_api_with_the_token_it_keeps_and_a_call_without_it_is_refused() {
        AdminPage page = server.page().signIn(server.adminToken());
        page.listedIds();
        Object without = ((JavascriptExecutor) page.driver()).executeAsyncScript("""
            const done = arguments[arguments.length - 1];
            fetch('/dev-users.self', {method: 'POST', body: '{}'}).then((r) => done(r.status));""");
        assertEquals(401L, without);
        Object with = ((JavascriptExecutor) page.driver()).executeAsyncScript("""
            const done = arguments[arguments.length - 1];
            import('./js/api.js').then((api) => api.call('dev-users.self')).then((r) => done(r.dev_user.display_id));""");
        assertEquals("DEVU-1", with);
    }

    @Test
    void a_read_token_browses_but_a_change_is_refused_by_the_api_and_the_page_says_so() {
        AdminPage page = server.page().signIn(server.token(Scope.READ)).visit("#/tags");
        assertTrue(page.listedIds().contains(new Acme(server.api()).tag("vip")));
        String name = Acme.unique("refused");
        page.navigate("New tag").fill("Name", name).click("Create tag");
        String refusal = page.formError();
        assertTrue(refusal.contains("tags.create needs a token with admin scope"), refusal);
        assertEquals(0, server.api().post("/tags.list", "{\"name\":[\"" + name + "\"]}").assertStatus(200)
            .body().path("tags").size());
    }

    @Test
    void a_token_revoked_while_signed_in_returns_to_the_sign_in_form_and_is_forgotten() {
        String token = server.token(Scope.ADMIN);
        AdminPage page = server.page().signIn(token).visit("#/tags");
        server.api().withToken(token).post("/auth-tokens.delete", "{}").assertStatus(200);
        page.go("#/accounts").expectHeading("Sign in").expectText("Your token was refused (401): sign in again.");
        assertNull(page.js("return sessionStorage.getItem('roster.token')"));
    }
}
