package dev.roster.revorgs;

import dev.roster.auth.Caller;
import dev.roster.errors.ApiError;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.http.Shape;
import dev.roster.http.Unmodelled;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.store.Page;
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

    public record One(RevOrgJson revOrg) {}

    public record ListPage(List<RevOrgJson> revOrgs, String nextCursor, String prevCursor) {}

    public One create(Caller caller, RequestBody request) {
        RevOrg org = service.create(caller, CreateRevOrg.parse(request.check(CREATE), caller.orgId()));
        return new One(RevOrgJson.from(org));
    }

    /**
     * By {@code id}, or by {@code account} for that account's default rev org. Both are read first,
     * so a wrongly typed {@code account} is refused even beside an {@code id}.
     */
    public One get(Caller caller, RequestBody request) {
        Optional<String> id = request.string("id");
        Optional<String> account = request.string("account");
        RevOrg org;
        if (id.isPresent()) {
            org = service.get(caller, IdParser.parse("id", id.get(), IdKind.REV_ORG, caller.orgId()));
        } else if (account.isPresent()) {
            org = service.getDefault(caller, IdParser.parse("account", account.get(), IdKind.ACCOUNT, caller.orgId()));
        } else {
            throw new ApiError.MissingRequiredField("id", "give the rev org's 'id', or an 'account' for its default rev org")
                .toException();
        }
        return new One(RevOrgJson.from(org));
    }

    public ListPage list(Caller caller, RequestBody request) {
        Page<RevOrg> page = service.list(caller, RevOrgQuery.parse(request, caller.orgId()));
        return new ListPage(page.items().stream().map(RevOrgJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null));
    }

    public One update(Caller caller, RequestBody request) {
        RevOrg org = service.update(caller, UpdateRevOrg.parse(request.check(UPDATE), caller.orgId()));
        return new One(RevOrgJson.from(org));
    }

    public EmptyResponse delete(Caller caller, RequestBody request) {
        service.delete(caller, IdParser.parse("id", request.requiredString("id"), IdKind.REV_ORG,
            caller.orgId()));
        return new EmptyResponse();
    }
}
