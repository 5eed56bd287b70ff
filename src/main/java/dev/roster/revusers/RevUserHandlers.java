package dev.roster.revusers;

import dev.roster.auth.Caller;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.http.Shape;
import dev.roster.http.Unmodelled;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.store.Page;
import java.util.List;

/** The rev-user operations over HTTP. */
public final class RevUserHandlers {
    /** What the contract declares for create and update that Roster does not model: type-checked only. */
    private static final Shape CREATE = Shape.of().strings("artifacts").strings("custom_schema_fragments")
        .object("custom_schema_spec", Unmodelled.CUSTOM_SCHEMA_SPEC).string("display_picture");
    private static final Shape UPDATE = Shape.of().object("artifacts", Unmodelled.SET_OF_IDS)
        .object("custom_schema_fragments", Unmodelled.SET_OF_IDS)
        .object("custom_schema_spec", Unmodelled.CUSTOM_SCHEMA_SPEC).string("display_picture");

    private final RevUserService service;

    public RevUserHandlers(RevUserService service) { this.service = service; }

    public record One(RevUserJson revUser) {}

    public record ListPage(List<RevUserJson> revUsers, String nextCursor, String prevCursor) {}

    public record ScanPage(List<RevUserJson> revUsers, String nextCursor) {}

    /** Roster's own personal-data export: every rev user with the email, in full. */
    public record PersonalData(List<RevUserJson> revUsers) {}

    public record Associations(List<AssociationJson> associations, String nextCursor, String prevCursor) {}

    public One create(Caller caller, RequestBody request) {
        RevUser user = service.create(caller, CreateRevUser.parse(request.check(CREATE), caller.orgId()));
        return new One(RevUserJson.from(user));
    }

    public One get(Caller caller, RequestBody request) {
        return new One(RevUserJson.from(service.get(caller, id(request, "id", caller))));
    }

    public ListPage list(Caller caller, RequestBody request) {
        Page<RevUser> page = service.list(caller, RevUserQuery.list(request, caller.orgId()));
        return new ListPage(json(page.items()), page.nextCursor().orElse(null), page.prevCursor().orElse(null));
    }

    public ScanPage scan(Caller caller, RequestBody request) {
        Page<RevUser> page = service.list(caller, RevUserQuery.scan(request, caller.orgId()));
        return new ScanPage(json(page.items()), page.nextCursor().orElse(null));
    }

    public One update(Caller caller, RequestBody request) {
        return new One(RevUserJson.from(service.update(caller, UpdateRevUser.parse(request.check(UPDATE), caller.orgId()))));
    }

    public EmptyResponse delete(Caller caller, RequestBody request) {
        service.delete(caller, id(request, "id", caller));
        return new EmptyResponse();
    }

    public One link(Caller caller, RequestBody request) {
        return new One(RevUserJson.from(service.link(caller, RevUserLink.parse(request, caller.orgId()))));
    }

    public One unlink(Caller caller, RequestBody request) {
        return new One(RevUserJson.from(service.unlink(caller, RevUserLink.parse(request, caller.orgId()))));
    }

    public EmptyResponse merge(Caller caller, RequestBody request) {
        long primary = id(request, "primary_user", caller);
        long secondary = id(request, "secondary_user", caller);
        service.merge(caller, primary, secondary);
        return new EmptyResponse();
    }

    public EmptyResponse addAssociations(Caller caller, RequestBody request) {
        long user = id(request, "rev_user_id", caller);
        List<AssociationTarget> targets = request.objects("associations")
            .orElseThrow(() -> dev.roster.errors.ApiError.missing("associations").toException()).stream()
            .map(item -> AssociationTarget.parse(item.path("associated_to"), item.requiredString("associated_to"), caller.orgId()))
            .toList();
        service.addAssociations(caller, user, targets);
        return new EmptyResponse();
    }

    public Associations listAssociations(Caller caller, RequestBody request) {
        Page<Association> page = service.listAssociations(caller, AssociationQuery.parse(request, caller.orgId()));
        return new Associations(page.items().stream().map(a -> AssociationJson.from(caller.orgId(), a)).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null));
    }

    public Void removeAssociations(Caller caller, RequestBody request) {
        long user = id(request, "rev_user_id", caller);
        List<AssociationTarget> targets = request.strings("associations")
            .orElseThrow(() -> dev.roster.errors.ApiError.missing("associations").toException()).stream()
            .map(id -> AssociationTarget.parse("associations", id, caller.orgId())).toList();
        service.removeAssociations(caller, user, targets);
        return null;
    }

    /** DevRev mails the export later and answers {@code {}}; Roster's export is {@link #exportPersonalData}. */
    public EmptyResponse personalData(Caller caller, RequestBody request) {
        request.requiredText("email", 254);
        return new EmptyResponse();
    }

    public PersonalData exportPersonalData(Caller caller, RequestBody request) {
        String email = request.requiredText("email", 254);
        return new PersonalData(json(service.exportPersonalData(caller, email)));
    }

    public EmptyResponse deletePersonalData(Caller caller, RequestBody request) {
        service.deletePersonalData(caller, request.requiredText("email", 254));
        return new EmptyResponse();
    }

    private static List<RevUserJson> json(List<RevUser> users) {
        return users.stream().map(RevUserJson::from).toList();
    }

    private static long id(RequestBody request, String field, Caller caller) {
        return IdParser.parse(field, request.requiredString(field), IdKind.REV_USER, caller.orgId());
    }
}
