package dev.roster.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Roster's log line, as the pattern {@link LogSetup#PATTERN} writes it: UTC time to the millisecond,
 * the level, the logger's class name, the message, and a throwable's stack trace below. Written in
 * code because logback's pattern layout loads a class for every conversion word it knows, which
 * took about a tenth of a server's start.
 */
final class LineLayout extends LayoutBase<ILoggingEvent> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

    private ThrowableProxyConverter throwables;

    @Override
    public void start() {
        // What the pattern layout appends when a pattern names no throwable conversion.
        throwables = getContext() instanceof LoggerContext logger && logger.isPackagingDataEnabled()
            ? new ExtendedThrowableProxyConverter() : new ThrowableProxyConverter();
        throwables.setContext(getContext());
        throwables.start();
        super.start();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        TIME.formatTo(Instant.ofEpochMilli(event.getTimeStamp()), line);
        line.append(' ').append(event.getLevel().toString());
        for (int pad = event.getLevel().toString().length(); pad < 5; pad++) line.append(' ');
        String logger = event.getLoggerName();
        line.append(' ').append(logger, logger.lastIndexOf('.') + 1, logger.length());
        line.append(' ').append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        line.append(throwables.convert(event));
        return line.toString();
    }
}
