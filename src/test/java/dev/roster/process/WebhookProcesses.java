package dev.roster.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Roster processes with webhooks set up for tests: no verification, quick retries. */
final class WebhookProcesses {
    static final String TOKEN = "webhook-process-token-0123456789abcdefghij";

    private WebhookProcesses() {}

    /** A server on {@code dir} (and {@code dbUrl} when not null). */
    static RosterProcess start(Path dir, String dbUrl, String name) {
        List<String> options = new ArrayList<>(List.of("--data-dir", dir.toString(), "--webhook-verify", "off",
            "--webhook-retry", "0,100ms,200ms,400ms,800ms,1s,2s,4s,8s"));
        if (dbUrl != null) options.addAll(List.of("--db-url", dbUrl));
        return RosterProcess.start(null, dir.resolve(name + "-stderr.log"), options, TOKEN);
    }
}
