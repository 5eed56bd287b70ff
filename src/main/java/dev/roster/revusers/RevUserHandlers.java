package dev.roster.revusers;

import dev.roster.auth.Caller;
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

    record One(RevUserJson revUser) {}

    record ListPage(List<RevUserJson> revUsers, String nextCursor, String prevCursor) {}

    record ScanPage(List<RevUserJson> revUsers, String nextCursor) {}

    /** Roster's own personal-data export: every rev user with the email, in full. */
    record PersonalData(List<RevUserJson> revUsers) {}

    record Associations(List<AssociationJson> associations, String nextCursor, String prevCursor) {}

    public void create(Context ctx) {
        Caller caller = Caller.of(ctx);
        RevUser user = service.create(caller, CreateRevUser.parse(RequestReader.read(ctx, CREATE), caller.orgId()));
        ctx.status(HttpStatus.CREATED).json(new One(RevUserJson.from(user)));
    }

    public void get(Context ctx) {
        Caller caller = Caller.of(ctx);
        ctx.json(new One(RevUserJson.from(service.get(caller, id(RequestReader.read(ctx), "id", caller)))));
    }

    public void list(Context ctx) {
        Caller caller = Caller.of(ctx);
        Page<RevUser> page = service.list(caller, RevUserQuery.list(RequestReader.read(ctx), caller.orgId()));
        ctx.json(new ListPage(json(page.items()), page.nextCursor().orElse(null), page.prevCursor().orElse(null)));
    }

    public void scan(Context ctx) {
        Caller caller = Caller.of(ctx);
        Page<RevUser> page = service.list(caller, RevUserQuery.scan(RequestReader.read(ctx), caller.orgId()));
        ctx.json(new ScanPage(json(page.items()), page.nextCursor().orElse(null)));
    }

    public void update(Context ctx) {
        Caller caller = Caller.of(ctx);
        ctx.json(new One(RevUserJson.from(service.update(caller, UpdateRevUser.parse(RequestReader.read(ctx, UPDATE), caller.orgId())))));
    }

    public void delete(Context ctx) {
        Caller caller = Caller.of(ctx);
        service.delete(caller, id(RequestReader.read(ctx), "id", caller));
        ctx.json(new EmptyResponse());
    }

    public void link(Context ctx) {
        Caller caller = Caller.of(ctx);
        ctx.json(new One(RevUserJson.from(service.link(caller, RevUserLink.parse(RequestReader.read(ctx), caller.orgId())))));
    }

    public void unlink(Context ctx) {
        Caller caller = Caller.of(ctx);
        ctx.json(new One(RevUserJson.from(service.unlink(caller, RevUserLink.parse(RequestReader.read(ctx), caller.orgId())))));
    }

    public void merge(Context ctx) {
        Caller caller = Caller.of(ctx);
        RequestBody body = RequestReader.read(ctx);
        long primary = id(body, "primary_user", caller);
        long secondary = id(body, "secondary_user", caller);
        service.merge(caller, primary, secondary);
        ctx.json(new EmptyResponse());
    }

    public void addAssociations(Context ctx) {
        Caller caller = Caller.of(ctx);
        RequestBody body = RequestReader.read(ctx);
        long user = id(body, "rev_user_id", caller);
        List<AssociationTarget> targets = body.objects("associations")
            .orElseThrow(() -> dev.roster.errors.ApiError.missing("associations").toException()).stream()
            .map(item -> AssociationTarget.parse(item.path("associated_to"), item.requiredString("associated_to"), caller.orgId()))
            .toList();
        service.addAssociations(caller, user, targets);
        ctx.status(HttpStatus.CREATED).json(new EmptyResponse());
    }

    public void listAssociations(Context ctx) {
        Caller caller = Caller.of(ctx);
        Page<Association> page = service.listAssociations(caller, AssociationQuery.parse(RequestReader.read(ctx), caller.orgId()));
        ctx.json(new Associations(page.items().stream().map(a -> AssociationJson.from(caller.orgId(), a)).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null)));
    }

    public void removeAssociations(Context ctx) {
        Caller caller = Caller.of(ctx);
        RequestBody body = RequestReader.read(ctx);
        long user = id(body, "rev_user_id", caller);
        List<AssociationTarget> targets = body.strings("associations")
            .orElseThrow(() -> dev.roster.errors.ApiError.missing("associations").toException()).stream()
            .map(id -> AssociationTarget.parse("associations", id, caller.orgId())).toList();
        service.removeAssociations(caller, user, targets);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** DevRev mails the export later and answers {@code {}}; Roster's export is {@link #exportPersonalData}. */
    public void personalData(Context ctx) {
        RequestReader.read(ctx).requiredText("email", 254);
        ctx.json(new EmptyResponse());
    }

    public void exportPersonalData(Context ctx) {
        Caller caller = Caller.of(ctx);
        String email = RequestReader.read(ctx).requiredText("email", 254);
        ctx.json(new PersonalData(json(service.exportPersonalData(caller, email))));
    }

    public void deletePersonalData(Context ctx) {
        Caller caller = Caller.of(ctx);
        service.deletePersonalData(caller, RequestReader.read(ctx).requiredText("email", 254));
        ctx.json(new EmptyResponse());
    }

    private static List<RevUserJson> json(List<RevUser> users) {
        return users.stream().map(RevUserJson::from).toList();
    }

    private static long id(RequestBody body, String field, Caller caller) {
        return IdParser.parse(field, body.requiredString(field), IdKind.REV_USER, caller.orgId());
    }
}
