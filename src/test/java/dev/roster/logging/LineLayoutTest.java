package dev.roster.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Roster's log lines read exactly as logback's pattern layout writes {@link LogSetup#PATTERN}. */
class LineLayoutTest {
    private final LoggerContext context = new LoggerContext();

    @Test
    void a_line_reads_as_the_pattern_writes_it() {
        assertSameLine(event(Level.INFO, "dev.roster.server.Bootstrap", "created the default dev org with admin {}", null,
            "admin@roster.local"));
        assertSameLine(event(Level.WARN, "NoPackage", "the data folder is open to other users", null));
    }

    @Test
    void a_throwable_and_its_cause_follow_the_line_as_the_pattern_writes_them() {
        var failure = new IllegalStateException("outer", new UncheckedIOException(new IOException("inner")));
        assertSameLine(event(Level.ERROR, "dev.roster.http.ErrorHandler", "request failed, reference {}", failure, "abc"));
    }

    private void assertSameLine(ILoggingEvent event) {
        PatternLayout pattern = new PatternLayout();
        pattern.setContext(context);
        pattern.setPattern(LogSetup.PATTERN);
        pattern.start();
        LineLayout line = new LineLayout();
        line.setContext(context);
        line.start();
        assertEquals(pattern.doLayout(event), line.doLayout(event));
    }

    private ILoggingEvent event(Level level, String logger, String message, Throwable throwable, Object... arguments) {
        return new LoggingEvent(LineLayoutTest.class.getName(), context.getLogger(logger), level, message, throwable, arguments);
    }
}
