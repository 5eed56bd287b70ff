package dev.roster.revusers;

import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.tags.SetTag;
import java.util.List;

/** {@code rev-users.create}. {@code account} means its default rev org; given with {@code rev_org}, both must agree. */
record CreateRevUser(String displayName, String email, String description, String externalRef, List<String> externalRefs,
                     List<String> phoneNumbers, Long revOrg, Long account, List<SetTag> tags, String customFieldsJson) {

    static CreateRevUser parse(RequestBody body, long orgId) {
        return new CreateRevUser(
            body.text("display_name", RevUserFields.MAX_TEXT).orElse(null),
            RevUserFields.email(body).orElse(null),
            body.text("description", 4096).orElse(null),
            body.text("external_ref", RevUserFields.MAX_TEXT).orElse(null),
            RevUserFields.externalRefs(body).orElse(List.of()),
            RevUserFields.phoneNumbers(body).orElse(List.of()),
            body.string("rev_org").map(id -> IdParser.parse("rev_org", id, IdKind.REV_ORG, orgId)).orElse(null),
            body.string("account").map(id -> IdParser.parse("account", id, IdKind.ACCOUNT, orgId)).orElse(null),
            SetTag.read(body, "tags", orgId).orElse(List.of()),
            body.rawObject("custom_fields").map(Object::toString).orElse(null));
    }
}
