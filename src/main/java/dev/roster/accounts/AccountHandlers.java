package dev.roster.accounts;

import dev.roster.auth.Caller;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.http.RequestReader;
import dev.roster.http.Shape;
import dev.roster.http.Unmodelled;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.revorgs.RevOrgJson;
import dev.roster.store.Page;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/** The account operations over HTTP. */
public final class AccountHandlers {
    /** What the contract declares for create and update that Roster does not model: type-checked only. */
    private static final Shape CREATE = Shape.of().strings("artifacts")
        .object("custom_schema_spec", Unmodelled.CUSTOM_SCHEMA_SPEC).strings("schema_fragment_ids");
    private static final Shape UPDATE = Shape.of().object("artifacts", Unmodelled.SET_OF_IDS)
        .object("custom_schema_spec", Unmodelled.CUSTOM_SCHEMA_SPEC).strings("schema_fragment_ids");

    private final AccountService service;

    public AccountHandlers(AccountService service) { this.service = service; }

    record One(AccountJson account) {}

    record Created(AccountJson account, RevOrgJson defaultRevOrg) {}

    record ListPage(List<AccountJson> accounts, String nextCursor, String prevCursor) {}

    record Export(List<AccountJson> accounts) {}

    public void create(Context ctx) {
        Caller caller = Caller.of(ctx);
        AccountService.Created created = service.create(caller, CreateAccount.parse(RequestReader.read(ctx, CREATE), caller.orgId()));
        ctx.status(HttpStatus.CREATED).json(new Created(AccountJson.from(created.account()),
            RevOrgJson.from(created.defaultRevOrg())));
    }

    public void get(Context ctx) {
        Caller caller = Caller.of(ctx);
        ctx.json(new One(AccountJson.from(service.get(caller, id(RequestReader.read(ctx), "id", caller)))));
    }

    public void list(Context ctx) {
        Caller caller = Caller.of(ctx);
        Page<Account> page = service.list(caller, AccountQuery.list(RequestReader.read(ctx), caller.orgId()));
        ctx.json(new ListPage(page.items().stream().map(AccountJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null)));
    }

    public void export(Context ctx) {
        Caller caller = Caller.of(ctx);
        List<Account> accounts = service.export(caller, AccountQuery.export(RequestReader.read(ctx), caller.orgId()));
        ctx.json(new Export(accounts.stream().map(AccountJson::from).toList()));
    }

    public void update(Context ctx) {
        Caller caller = Caller.of(ctx);
        ctx.json(new One(AccountJson.from(service.update(caller, UpdateAccount.parse(RequestReader.read(ctx, UPDATE), caller.orgId())))));
    }

    public void merge(Context ctx) {
        Caller caller = Caller.of(ctx);
        RequestBody body = RequestReader.read(ctx);
        long primary = id(body, "primary_account", caller);
        long secondary = id(body, "secondary_account", caller);
        service.merge(caller, primary, secondary);
        ctx.json(new EmptyResponse());
    }

    public void delete(Context ctx) {
        Caller caller = Caller.of(ctx);
        service.delete(caller, id(RequestReader.read(ctx), "id", caller));
        ctx.json(new EmptyResponse());
    }

    private static long id(RequestBody body, String field, Caller caller) {
        return IdParser.parse(field, body.requiredString(field), IdKind.ACCOUNT, caller.orgId());
    }
}
