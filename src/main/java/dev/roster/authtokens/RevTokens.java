package dev.roster.authtokens;

import dev.roster.accounts.AccountService;
import dev.roster.auth.Caller;
import dev.roster.devorgs.DevOrgService;
import dev.roster.revorgs.RevOrgService;
import dev.roster.revusers.RevUserJson;
import dev.roster.revusers.RevUserService;
import dev.roster.store.Tx;
import java.util.Optional;

/**
 * A rev token's rev user, provisioned as DevRev does it: found or made by its refs, through the
 * directory's own services, in the transaction of {@code auth-tokens.create}. What it makes is an
 * ordinary account, rev org or rev user afterwards.
 */
final class RevTokens {
    private final DevOrgService devOrgs;
    private final AccountService accounts;
    private final RevOrgService revOrgs;
    private final RevUserService revUsers;

    RevTokens(DevOrgService devOrgs, AccountService accounts, RevOrgService revOrgs, RevUserService revUsers) {
        this.devOrgs = devOrgs;
        this.accounts = accounts;
        this.revOrgs = revOrgs;
        this.revUsers = revUsers;
    }

    /**
     * The rev user's id. Runs inside {@code tx}, which {@link dev.roster.store.Database#writeAsOne}
     * began, after taking the dev org's provisioning lock: two requests with the same refs then find
     * what the first made instead of both making it.
     */
    long revUser(Tx tx, Caller caller, RevInfo info) {
        devOrgs.lockForProvisioning(tx, caller.orgId());
        Optional<Long> account = info.accountRef().map(ref -> accounts.provision(caller, Optional.of(ref), ref,
            info.accountTraits()));
        Optional<Long> revOrg = info.orgRef().map(ref -> revOrgs.provision(caller, ref,
            account.orElseGet(() -> accounts.provision(caller, Optional.empty(), orgName(info, ref), Optional.empty())),
            info.orgTraits()));
        Optional<Long> linkTo = revOrg.or(() -> account.map(id -> revOrgs.findDefault(tx, caller.orgId(), id).orElseThrow().id()));
        return revUsers.provision(caller, info.userId(), info.userRef().orElse(null), linkTo, info.userTraits());
    }

    /** A rev org made for {@code org_ref} alone gets an account of its own, named as the rev org. */
    private static String orgName(RevInfo info, String ref) {
        return info.orgTraits().flatMap(traits -> traits.text("display_name", 256)).orElse(ref);
    }

    /** 404 unless the rev user exists in the org. */
    void requireRevUser(Tx tx, long orgId, long id) {
        revUsers.json(tx, orgId, id);
    }

    AuthTokenResponses.UserAttributes attributes(Tx tx, long orgId, long id) {
        RevUserJson user = revUsers.json(tx, orgId, id);
        return new AuthTokenResponses.UserAttributes("rev_user", user.id(), user.displayId(), user.displayName(), user.email(),
            null);
    }
}
