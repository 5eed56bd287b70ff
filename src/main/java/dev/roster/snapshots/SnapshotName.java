package dev.roster.snapshots;

import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import java.util.regex.Pattern;

/** A snapshot's name: 1 to 64 letters, digits, '-', '_' and '.'. */
final class SnapshotName {
    /** The snapshot every dev org gets at its creation, which {@code /_roster/reset} restores. */
    static final String INITIAL = "initial";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private SnapshotName() {}

    static String parse(RequestBody body) {
        return check(body.path("name"), body.requiredString("name"));
    }

    static String check(String field, String name) {
        if (!NAME.matcher(name).matches()) {
            throw ApiError.valueNotPermitted(field, "a snapshot name is 1 to 64 letters, digits, '-', '_' and '.'")
                .toException();
        }
        return name;
    }

    /** Refuses {@code initial} for an operation that would replace or remove it. */
    static String notInitial(String name, String operation) {
        if (name.equals(INITIAL)) {
            throw ApiError.valueNotPermitted("name", "'initial' is the dev org's state at its creation, which "
                + "/_roster/reset restores; it cannot be " + operation).toException();
        }
        return name;
    }
}
