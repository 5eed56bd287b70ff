package dev.roster.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.roster.http.ErrorHandler;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.DedicatedServer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class InternalErrorTest {
    @Test
    void a_500_carries_a_reference_id_that_the_log_line_with_the_stack_trace_also_carries() {
        Logger log = (Logger) LoggerFactory.getLogger(ErrorHandler.class);
        ListAppender<ILoggingEvent> recorded = new ListAppender<>();
        recorded.start();
        log.addAppender(recorded);
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            // A fault no request can cause: the table vanishes under the running server.
            server.server().services().db().write(tx -> tx.update("drop table tag"));

            ApiResponse response = server.admin().get("/tags.list").assertError(500, "internal_error", null);
            String referenceId = response.body().get("reference_id").asText();
            assertFalse(referenceId.isBlank());
            assertFalse(response.text().contains("no such table") || response.text().contains("SQL")
                || response.text().contains("Exception"), "no SQL, table or class name reaches the client: " + response.text());

            ILoggingEvent line = recorded.list.stream()
                .filter(e -> e.getFormattedMessage().contains(referenceId)).findFirst().orElse(null);
            assertNotNull(line, "the log has a line with " + referenceId);
            assertNotNull(line.getThrowableProxy(), "that line carries the stack trace");
            assertTrue(line.getThrowableProxy().getMessage().contains("no such table"), "the cause is in the log, not the body");
            assertEquals(200, server.admin().anonymous().get("/health").status(), "one failing query does not take the server down");
        } finally {
            log.detachAppender(recorded);
        }
    }
}
