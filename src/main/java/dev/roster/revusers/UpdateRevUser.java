package dev.roster.revusers;

import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.tags.SetTag;
import java.util.List;
import java.util.Optional;

/** {@code rev-users.update}: absent fields stay; list fields replace. The rev org changes through link and unlink. */
record UpdateRevUser(long id, Optional<String> displayName, Optional<String> email, Optional<String> description,
                     Optional<String> externalRef, Optional<List<String>> externalRefs, Optional<List<String>> phoneNumbers,
                     Optional<List<SetTag>> tags, Optional<String> customFieldsJson) {

    static UpdateRevUser parse(RequestBody body, long orgId) {
        return new UpdateRevUser(
            IdParser.parse("id", body.requiredString("id"), IdKind.REV_USER, orgId),
            body.text("display_name", RevUserFields.MAX_TEXT),
            RevUserFields.email(body),
            body.text("description", 4096),
            body.text("external_ref", RevUserFields.MAX_TEXT),
            RevUserFields.externalRefs(body),
            RevUserFields.phoneNumbers(body),
            SetTag.read(body, "tags", orgId),
            body.rawObject("custom_fields").map(Object::toString));
    }
}
