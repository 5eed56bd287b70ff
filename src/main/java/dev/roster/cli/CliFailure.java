package dev.roster.cli;

/** A failure the user can act on: the command prints its one-line message, never a stack trace, and exits 1. */
final class CliFailure extends RuntimeException {
    CliFailure(String message) {
        super(message);
    }

    CliFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
