package dev.roster.server;

import dev.roster.auth.TokenService;
import dev.roster.devorgs.DevOrgService;
import dev.roster.devusers.DevUserService;
import dev.roster.store.Database;
import dev.roster.tags.TagService;
import java.time.Clock;

/** The services over one database, built once and shared by routes, bootstrap and the CLI. */
public record Services(Database db, Clock clock, TokenService tokens, DevOrgService devOrgs, DevUserService devUsers,
                       TagService tags) {
    public static Services over(Database db, Clock clock) {
        return new Services(db, clock, new TokenService(db, clock), new DevOrgService(clock), new DevUserService(db, clock),
            new TagService(db, clock));
    }
}
