package dev.roster.accounts;

import dev.roster.auth.Caller;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.http.Shape;
import dev.roster.http.Unmodelled;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.revorgs.RevOrgJson;
import dev.roster.store.Page;
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

    public record One(AccountJson account) {}

    public record Created(AccountJson account, RevOrgJson defaultRevOrg) {}

    public record ListPage(List<AccountJson> accounts, String nextCursor, String prevCursor) {}

    public record Export(List<AccountJson> accounts) {}

    public Created create(Caller caller, RequestBody request) {
        AccountService.Created created = service.create(caller, CreateAccount.parse(request.check(CREATE), caller.orgId()));
        return new Created(AccountJson.from(created.account()),
            RevOrgJson.from(created.defaultRevOrg()));
    }

    public One get(Caller caller, RequestBody request) {
        return new One(AccountJson.from(service.get(caller, id(request, "id", caller))));
    }

    public ListPage list(Caller caller, RequestBody request) {
        Page<Account> page = service.list(caller, AccountQuery.list(request, caller.orgId()));
        return new ListPage(page.items().stream().map(AccountJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null));
    }

    public Export export(Caller caller, RequestBody request) {
        List<Account> accounts = service.export(caller, AccountQuery.export(request, caller.orgId()));
        return new Export(accounts.stream().map(AccountJson::from).toList());
    }

    public One update(Caller caller, RequestBody request) {
        return new One(AccountJson.from(service.update(caller, UpdateAccount.parse(request.check(UPDATE), caller.orgId()))));
    }

    public EmptyResponse merge(Caller caller, RequestBody request) {
        long primary = id(request, "primary_account", caller);
        long secondary = id(request, "secondary_account", caller);
        service.merge(caller, primary, secondary);
        return new EmptyResponse();
    }

    public EmptyResponse delete(Caller caller, RequestBody request) {
        service.delete(caller, id(request, "id", caller));
        return new EmptyResponse();
    }

    private static long id(RequestBody request, String field, Caller caller) {
        return IdParser.parse(field, request.requiredString(field), IdKind.ACCOUNT, caller.orgId());
    }
}
