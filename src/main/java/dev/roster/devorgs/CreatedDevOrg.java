package dev.roster.devorgs;

import dev.roster.fixtures.FixtureResponses;
import java.util.Optional;

/**
 * What creating a dev org made: the org, its admin dev user, the admin token's secret (shown once),
 * and what its fixture made, if it was given one.
 */
public record CreatedDevOrg(DevOrg org, long adminId, String token, Optional<FixtureResponses.Applied> fixture) {}
