package dev.roster.logging;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.hook.DefaultShutdownHook;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Roster's logging, set up in code: parsing a logback.xml costs about a fifth of a second at start.
 * Each line is {@link #PATTERN}, written by {@link LineLayout}.
 * Lines go to stderr through a queue; a full queue makes request threads wait rather than drop lines.
 * A {@code logback.xml} or {@code logback-test.xml} on the class path, or {@code -Dlogback.configurationFile},
 * still takes over.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level %logger{0} %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (userConfigured()) return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        LineLayout layout = new LineLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();

        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.setName("ASYNC");
        async.setQueueSize(8192);
        async.setDiscardingThreshold(0);
        async.setIncludeCallerData(false);
        async.addAppender(stderr);
        async.start();

        for (String quiet : new String[] {"com.zaxxer.hikari", "org.flywaydb", "org.eclipse.jetty", "io.javalin"}) {
            context.getLogger(quiet).setLevel(Level.WARN);
        }
        // One line per refused request head would let any client flood the log; the 431 answer says it.
        context.getLogger("org.eclipse.jetty.http.HttpParser").setLevel(Level.ERROR);
        // Javalin's own logger only reports a failed start, which the command line states in one line.
        context.getLogger("io.javalin.Javalin").setLevel(Level.OFF);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(async);

        // Flush the queue when the JVM exits, so the last lines (shutdown) are written.
        DefaultShutdownHook hook = new DefaultShutdownHook();
        hook.setContext(context);
        Thread flush = new Thread(hook, "logback-shutdown");
        context.putObject(CoreConstants.SHUTDOWN_HOOK_THREAD, flush);
        Runtime.getRuntime().addShutdownHook(flush);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static boolean userConfigured() {
        ClassLoader loader = LogSetup.class.getClassLoader();
        return System.getProperty("logback.configurationFile") != null
            || loader.getResource("logback-test.xml") != null
            || loader.getResource("logback.xml") != null;
    }
}
