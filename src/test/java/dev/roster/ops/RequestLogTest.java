package dev.roster.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.roster.auth.Scope;
import dev.roster.ratelimit.RateLimit;
import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The request log names the dev org of a known token even when its request is refused. */
class RequestLogTest {
    @Test
    void refusals_of_a_known_token_are_logged_with_its_dev_org() {
        Logger log = (Logger) LoggerFactory.getLogger("roster.request");
        ListAppender<ILoggingEvent> recorded = new ListAppender<>();
        recorded.start();
        // The test log shows warnings only: record request lines here without printing them.
        Level level = log.getLevel();
        log.setLevel(Level.INFO);
        log.setAdditive(false);
        log.addAppender(recorded);
        try (DedicatedServer server = DedicatedServer.start(c -> c.withRateLimit(RateLimit.parse("1:1"), null))) {
            String reader = server.server().services().db().write(tx ->
                server.server().services().tokens().issue(tx, 1, 1, Scope.READ));
            Api readOnly = server.admin().withToken(reader);
            readOnly.post("/dev-users.create", "{\"email\":\"x@example.com\",\"state\":\"shadow\"}")
                .assertError(403, "forbidden", null);
            // The bucket of one refills each second: on a slow machine a request may still get through first.
            int served = 0;
            while (readOnly.get("/dev-users.self").status() == 200 && served < 50) served++;

            List<String> lines = recorded.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            for (String status : new String[] {"status=403", "status=429"}) {
                assertTrue(lines.stream().anyMatch(l -> l.contains(status) && l.contains("org=1")),
                    "a " + status + " line names dev org 1: " + lines);
            }
        } finally {
            log.detachAppender(recorded);
            log.setAdditive(true);
            log.setLevel(level);
        }
    }
}
