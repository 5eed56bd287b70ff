package dev.roster.faults;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The error answers a fault may give: each status with the types DevRev's contract names for it,
 * of those whose body Roster can fill as the contract requires. The first type is the default.
 */
final class ErrorTypes {
    static final Map<Integer, List<String>> BY_STATUS = Map.of(
        400, List.of("bad_request", "parse_error", "invalid_field", "invalid_id", "missing_required_field",
            "unexpected_id_type", "value_not_permitted"),
        401, List.of("unauthenticated"),
        403, List.of("forbidden"),
        404, List.of("not_found"),
        409, List.of("conflict"),
        429, List.of("too_many_requests"),
        500, List.of("internal_error"),
        503, List.of("service_unavailable"));

    /** The statuses in the order messages list them. */
    static final List<Integer> STATUSES = List.of(400, 401, 403, 404, 409, 429, 500, 503);

    /** Types whose body must name a field ({@code field_name} is required in the contract). */
    static final Set<String> WITH_FIELD = Set.of("invalid_field", "invalid_id", "missing_required_field",
        "unexpected_id_type", "value_not_permitted");

    /** The operations DevRev's contract documents a 409 for; every other operation never answers it. */
    static final Set<String> CONFLICTING = Set.of("accounts.create", "accounts.update", "rev-orgs.create", "rev-orgs.update",
        "rev-users.create", "rev-users.update");

    private ErrorTypes() {}
}
