package dev.roster.devorgs;

import dev.roster.auth.Scope;
import dev.roster.auth.TokenService;
import dev.roster.devusers.DevUserService;
import dev.roster.store.Database;
import dev.roster.store.Tx;
import java.time.Clock;
import java.util.Optional;

/**
 * Dev orgs: the tenants. Each is made with its first, active admin and an admin token, in one
 * transaction: by bootstrap on an empty store, and by test fixtures. The contract has no operation for them.
 */
public final class DevOrgService {
    private final Database db;
    private final Clock clock;
    private final DevUserService devUsers;
    private final TokenService tokens;
    private final DevOrgStore store = new DevOrgStore();

    public DevOrgService(Database db, Clock clock, DevUserService devUsers, TokenService tokens) {
        this.db = db;
        this.clock = clock;
        this.devUsers = devUsers;
        this.tokens = tokens;
    }

    public CreatedDevOrg create(CreateDevOrg command) {
        return db.write(tx -> create(tx, command));
    }

    /** Creates the default dev org (the first, the CLI's) unless the store has a dev org already. */
    public Optional<CreatedDevOrg> createDefault(CreateDevOrg command) {
        return db.write(tx -> store.findDefault(tx).isPresent() ? Optional.empty() : Optional.of(create(tx, command)));
    }

    private CreatedDevOrg create(Tx tx, CreateDevOrg command) {
        long now = clock.millis();
        long id = store.insert(tx, command.displayName(), command.slug(), now);
        long admin = devUsers.createAdmin(tx, id, command.adminEmail());
        String token = command.token().map(secret -> tokens.issue(tx, id, admin, Scope.ADMIN, secret))
            .orElseGet(() -> tokens.issue(tx, id, admin, Scope.ADMIN));
        return new CreatedDevOrg(new DevOrg(id, command.displayName(), command.slug(), now), admin, token);
    }

    /** A new token for the live dev user with this email in the default dev org (the token CLI); empty when there is none. */
    public Optional<String> issueToken(String email, Scope scope) {
        return db.write(tx -> store.findDefault(tx).flatMap(org -> devUsers.findIdByEmail(tx, org, email)
            .map(user -> tokens.issue(tx, org, user, scope))));
    }
}
