package dev.roster.accounts;

import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.tags.SetTag;
import java.util.List;
import java.util.Optional;

/** {@code accounts.update}: absent fields stay; list fields replace; {@code websites} comes as {@code {set: [...]}}. */
record UpdateAccount(long id, Optional<String> displayName, Optional<String> description, Optional<List<String>> domains,
                     Optional<List<String>> externalRefs, Optional<List<Long>> owners, Optional<List<SetTag>> tags,
                     Optional<String> tier, Optional<List<String>> websites, Optional<String> customFieldsJson) {

    static UpdateAccount parse(RequestBody body, long orgId) {
        return new UpdateAccount(
            IdParser.parse("id", body.requiredString("id"), IdKind.ACCOUNT, orgId),
            body.text("display_name", AccountFields.MAX_TEXT),
            body.text("description", 4096),
            AccountFields.domains(body),
            AccountFields.texts(body, "external_refs", AccountFields.MAX_TEXT),
            AccountFields.owners(body, orgId),
            SetTag.read(body, "tags", orgId),
            body.text("tier", 64),
            body.object("websites").map(set -> {
                if (!set.has("set")) throw ApiError.missing("websites.set").toException();
                return AccountFields.texts(set, "set", 2048).orElseThrow();
            }),
            body.rawObject("custom_fields").map(Object::toString));
    }
}
