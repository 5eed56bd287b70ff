package dev.roster.devorgs;

/** What creating a dev org made: the org, its admin dev user, and the admin token's secret (shown once). */
public record CreatedDevOrg(DevOrg org, long adminId, String token) {}
