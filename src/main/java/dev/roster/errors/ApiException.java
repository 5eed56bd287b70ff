package dev.roster.errors;

/** Carries an {@link ApiError} up to the error handler. A value, so it skips the stack trace. */
public final class ApiException extends RuntimeException {
    private final ApiError error;

    public ApiException(ApiError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public ApiError error() { return error; }
}
