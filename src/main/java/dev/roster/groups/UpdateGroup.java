package dev.roster.groups;

import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import java.util.Optional;

/**
 * {@code groups.update}: absent fields stay. {@code owner} is the one field the contract declares
 * nullable: {@code "owner": null} leaves the group without an owner.
 */
record UpdateGroup(long id, Optional<String> name, Optional<String> description, Optional<Long> owner, boolean clearsOwner) {
    static UpdateGroup parse(RequestBody body, long orgId) {
        long id = IdParser.parse("id", body.requiredString("id"), IdKind.GROUP, orgId);
        GroupFields.refuseDynamic(body);
        return new UpdateGroup(id, body.text("name", GroupFields.MAX_NAME),
            body.text("description", GroupFields.MAX_DESCRIPTION), GroupFields.owner(body, orgId), body.isNull("owner"));
    }
}
