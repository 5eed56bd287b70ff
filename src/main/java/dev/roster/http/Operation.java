package dev.roster.http;

import dev.roster.auth.Caller;

/** One operation: the authenticated caller and the request's fields in, the answer's body out. */
@FunctionalInterface
public interface Operation {
    /** The answer's body, or null for an answer without one. */
    Object run(Caller caller, RequestBody request);
}
