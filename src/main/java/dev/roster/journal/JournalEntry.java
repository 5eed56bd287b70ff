package dev.roster.journal;

/**
 * One recorded request of a dev org: when and how it was asked and answered, its bodies as JSON text
 * (secrets redacted, each cut at {@link JournalService#MAX_BODY_BYTES}), and the fault that fired on
 * it. {@code status} is null when a fault dropped the connection; a body is null when there was none.
 */
record JournalEntry(long seq, long orgId, long time, String method, String path, String operation, Integer status,
                    double durationMs, String requestId, Body request, Body response, String faultId) {

    /** A body as recorded: UTF-8 JSON text, and whether it was cut. */
    record Body(byte[] utf8, boolean cut) {}

    /** What an entry costs in memory, roughly: its bodies plus a fixed overhead for the rest. */
    long bytes() {
        return 256 + 2L * (path.length() + operation.length() + requestId.length())
            + (request == null ? 0 : request.utf8().length) + (response == null ? 0 : response.utf8().length);
    }
}
