package dev.roster.ui;

import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.TestEngine;
import dev.roster.testing.TestFixtures;
import java.util.Optional;

/**
 * The server and browser the admin page's tests share, started once per test run: a fresh SQLite
 * store seeded with the acme fixture, so that the screenshots show a small company's directory.
 * Tests that change data make their own objects.
 */
final class AdminPageServer {
    private static AdminPageServer running;
    private static AdminPageServer unverifying;

    private final DedicatedServer server;
    private final Browser browser;

    private AdminPageServer(DedicatedServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    static synchronized AdminPageServer get() {
        Browser.requireChromium();
        if (running == null) {
            DedicatedServer server = DedicatedServer.start(DedicatedServer.freshConfig(TestEngine.SQLITE),
                TestFixtures.library(), Optional.of("acme"));
            Browser browser;
            try {
                browser = Browser.start();
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            running = new AdminPageServer(server, browser);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                server.close();
            }));
        }
        return running;
    }

    /**
     * A second server, in the same browser, with --webhook-verify off: webhooks made from the page are
     * active at once, as a receiver that cannot answer the handshake needs.
     */
    static synchronized AdminPageServer withoutWebhookVerification() {
        AdminPageServer shared = get();
        if (unverifying == null) {
            DedicatedServer server = DedicatedServer.start(DedicatedServer.freshConfig(TestEngine.SQLITE)
                .withWebhooks(webhooks -> webhooks.verify(false)));
            unverifying = new AdminPageServer(server, shared.browser);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return unverifying;
    }

    String baseUrl() { return server.baseUrl(); }

    String adminToken() { return server.server().generatedAdminToken().orElseThrow(); }

    /** A new token of the first start's admin, of {@code scope}. */
    String token(Scope scope) { return server.token("admin@roster.local", scope); }

    /** The API as the admin, to set up and check what the page did. */
    Api api() { return server.admin(); }

    /** The page, signed out, in the shared browser. */
    AdminPage page() {
        return AdminPage.open(browser, baseUrl());
    }
}
