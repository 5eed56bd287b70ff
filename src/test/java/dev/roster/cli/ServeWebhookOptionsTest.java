package dev.roster.cli;

import static dev.roster.cli.CommandRun.roster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.RosterTestServer;
import org.junit.jupiter.api.Test;

/** {@code roster serve} refuses a malformed webhook option with one line naming it. */
class ServeWebhookOptionsTest {
    private static String refused(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "serve";
        args[1] = "--port";
        args[2] = "0";
        args[3] = "--data-dir";
        args[4] = RosterTestServer.tempDir().toString();
        System.arraycopy(options, 0, args, 5, options.length);
        CommandRun run = roster(args);
        assertEquals(1, run.exit(), run.err());
        assertEquals(1, run.err().lines().count(), "one line, no stack trace: " + run.err());
        return run.err();
    }

    @Test
    void a_malformed_retry_schedule_deny_list_or_retention_is_named() {
        assertTrue(refused("--webhook-retry", "0,soon").contains("--webhook-retry: 'soon'"));
        assertTrue(refused("--webhook-deny", "intranet").contains("--webhook-deny: 'intranet'"));
        assertTrue(refused("--event-retention", "a week").contains("--event-retention"));
        assertTrue(refused("--event-retention", "0").contains("--event-retention must be positive"));
        CommandRun verify = roster("serve", "--port", "0", "--webhook-verify", "maybe");
        assertTrue(verify.exit() != 0 && verify.err().contains("'--webhook-verify': expected on or off"), verify.err());
    }
}
