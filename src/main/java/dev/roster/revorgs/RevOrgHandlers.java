package dev.roster.revorgs;

import dev.roster.auth.Caller;
import dev.roster.errors.ApiError;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.http.RequestReader;
import dev.roster.http.Shape;
import dev.roster.http.Unmodelled;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.store.Page;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;

/** The rev-org operations over HTTP. */
public final class RevOrgHandlers {
    /** What the contract declares for create and update that Roster does not model: type-checked only. */
    private static final Shape CREATE = Shape.of().strings("artifacts").strings("custom_schema_fragments").string("domain");
    private static final Shape UPDATE = Shape.of().object("artifacts", Unmodelled.SET_OF_IDS)
        .strings("custom_schema_fragments").string("domain");

    private final RevOrgService service;

    public RevOrgHandlers(RevOrgService service) { this.service = service; }

    record One(RevOrgJson revOrg) {}

    record ListPage(List<RevOrgJson> revOrgs, String nextCursor, String prevCursor) {}

    public void create(Context ctx) {
        Caller caller = Caller.of(ctx);
        RevOrg org = service.create(caller, CreateRevOrg.parse(RequestReader.read(ctx, CREATE), caller.orgId()));
        ctx.status(HttpStatus.CREATED).json(new One(RevOrgJson.from(org)));
    }

    /**
     * By {@code id}, or by {@code account} for that account's default rev org. Both are read first,
     * so a wrongly typed {@code account} is refused even beside an {@code id}.
     */
    public void get(Context ctx) {
        Caller caller = Caller.of(ctx);
        RequestBody body = RequestReader.read(ctx);
        Optional<String> id = body.string("id");
        Optional<String> account = body.string("account");
        RevOrg org;
        if (id.isPresent()) {
            org = service.get(caller, IdParser.parse("id", id.get(), IdKind.REV_ORG, caller.orgId()));
        } else if (account.isPresent()) {
            org = service.getDefault(caller, IdParser.parse("account", account.get(), IdKind.ACCOUNT, caller.orgId()));
        } else {
            throw new ApiError.MissingRequiredField("id", "give the rev org's 'id', or an 'account' for its default rev org")
                .toException();
        }
        ctx.json(new One(RevOrgJson.from(org)));
    }

    public void list(Context ctx) {
        Caller caller = Caller.of(ctx);
        Page<RevOrg> page = service.list(caller, RevOrgQuery.parse(RequestReader.read(ctx), caller.orgId()));
        ctx.json(new ListPage(page.items().stream().map(RevOrgJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null)));
    }

    public void update(Context ctx) {
        Caller caller = Caller.of(ctx);
        RevOrg org = service.update(caller, UpdateRevOrg.parse(RequestReader.read(ctx, UPDATE), caller.orgId()));
        ctx.json(new One(RevOrgJson.from(org)));
    }

    public void delete(Context ctx) {
        Caller caller = Caller.of(ctx);
        service.delete(caller, IdParser.parse("id", RequestReader.read(ctx).requiredString("id"), IdKind.REV_ORG,
            caller.orgId()));
        ctx.json(new EmptyResponse());
    }
}
