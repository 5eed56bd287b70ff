package dev.roster.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.roster.ratelimit.RateLimit;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.RosterTestServer;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    /** Sends requests until one is refused; the burst must be served first. */
    private static ApiResponse firstRefusal(Api api, int burst) {
        for (int i = 0; i < 50; i++) {
            ApiResponse response = api.get("/dev-users.self");
            if (response.status() == 429) {
                assertTrue(i >= burst, "the first " + burst + " requests fit the burst, refused at " + i);
                return response;
            }
            response.assertStatus(200);
        }
        throw new AssertionError("no request was refused");
    }

    /** Sends a bad token until it is refused with 429 (within {@code cap} tries); answers how many 401s came first. */
    private static int failuresUntilRefused(Api stranger, int cap) {
        int unauthorized = 0;
        ApiResponse response = stranger.get("/dev-users.self");
        while (response.status() == 401 && unauthorized < cap) {
            unauthorized++;
            response = stranger.get("/dev-users.self");
        }
        response.assertError(429, "too_many_requests", null);
        return unauthorized;
    }

    @Test
    void over_the_limit_a_token_gets_429_with_retry_after_and_succeeds_after_waiting() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c.withRateLimit(RateLimit.parse("1:3"), null))) {
            ApiResponse refused = firstRefusal(server.admin(), 3).assertError(429, "too_many_requests", null);
            long retryAfter = refused.body().get("retry_after").asLong();
            assertTrue(retryAfter >= 1, refused.text());
            assertEquals(Long.toString(retryAfter), refused.header("Retry-After"));

            Thread.sleep(retryAfter * 1000);
            server.admin().get("/dev-users.self").assertStatus(200);
        }
    }

    @Test
    void each_token_has_its_own_bucket() {
        try (DedicatedServer server = DedicatedServer.start(c -> c.withRateLimit(RateLimit.parse("1:2"), null))) {
            Api first = server.admin();
            firstRefusal(first, 2);
            String other = server.server().services().db().write(tx ->
                server.server().services().tokens().issue(tx, 1, 1, dev.roster.auth.Scope.READ));
            first.withToken(other).get("/dev-users.self").assertStatus(200);
        }
    }

    @Test
    void on_defaults_authenticated_requests_are_not_limited() {
        try (DedicatedServer server = DedicatedServer.startOnDefaults()) {
            Api admin = server.admin();
            // Ten times the old default burst, back to back: a test suite's pace.
            for (int i = 0; i < 1_000; i++) admin.get("/dev-users.self").assertStatus(200);
        }
    }

    @Test
    void on_defaults_a_storm_of_failed_authentications_gets_429_but_valid_tokens_from_that_address_do_not() {
        try (DedicatedServer server = DedicatedServer.startOnDefaults()) {
            int unauthorized = failuresUntilRefused(server.admin().withToken("not-a-token"), 2_000);
            assertTrue(unauthorized >= 200, "the burst of failures is answered 401 first: " + unauthorized);
            for (int i = 0; i < 50; i++) server.admin().get("/dev-users.self").assertStatus(200);
        }
    }

    @Test
    void the_failed_authentication_limit_can_be_tightened_and_turned_off() {
        try (DedicatedServer server = DedicatedServer.start(c -> c.withAuthFailureLimit(RateLimit.parse("1:3")))) {
            int unauthorized = failuresUntilRefused(server.admin().withToken("not-a-token"), 50);
            // The bucket refills one a second, so a slow machine may see a few more 401s, never dozens.
            assertTrue(unauthorized >= 3 && unauthorized < 50, "a burst of 3: " + unauthorized);
        }
        try (DedicatedServer server = DedicatedServer.start(c -> c.withAuthFailureLimit(RateLimit.OFF))) {
            Api stranger = server.admin().withToken("not-a-token");
            for (int i = 0; i < 300; i++) stranger.get("/dev-users.self").assertError(401, "unauthenticated", null);
        }
    }

    @Test
    void with_a_redis_store_the_limit_holds_across_instances() {
        assumeTrue(redisIsUp(), "no Redis at 127.0.0.1:6379: shared rate-limit test skipped");
        var dir = RosterTestServer.tempDir();
        var config = RosterTestServer.config(dir, null).withRateLimit(RateLimit.parse("1:4"), "redis://127.0.0.1:6379");
        try (DedicatedServer one = DedicatedServer.start(dir, config); DedicatedServer two = DedicatedServer.start(dir, config)) {
            String token = one.server().generatedAdminToken().orElseThrow();
            Api viaOne = new Api(one.baseUrl(), token);
            Api viaTwo = new Api(two.baseUrl(), token);
            long started = System.nanoTime();
            viaOne.get("/dev-users.self").assertStatus(200);
            viaTwo.get("/dev-users.self").assertStatus(200);
            int served = 2;
            ApiResponse response;
            do {
                response = (served % 2 == 0 ? viaOne : viaTwo).get("/dev-users.self");
                served++;
            } while (response.status() == 200 && served < 50);
            response.assertError(429, "too_many_requests", null);
            // The bucket refills one a second, so a slow machine may be served one more per second taken.
            long refills = (System.nanoTime() - started) / 1_000_000_000L + 1;
            assertTrue(served <= 5 + refills, "one bucket of 4 across both instances, refused after " + served);
        }
    }

    private static boolean redisIsUp() {
        try (Socket socket = new Socket("127.0.0.1", 6379)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
