package dev.roster.accounts;

import dev.roster.http.RequestBody;
import dev.roster.tags.SetTag;
import java.util.List;

/** {@code accounts.create}. */
record CreateAccount(String displayName, String description, List<String> domains, List<String> externalRefs,
                     List<Long> owners, List<SetTag> tags, String tier, List<String> websites, String customFieldsJson) {

    static CreateAccount parse(RequestBody body, long orgId) {
        return new CreateAccount(
            body.requiredText("display_name", AccountFields.MAX_TEXT),
            body.text("description", 4096).orElse(null),
            AccountFields.domains(body).orElse(List.of()),
            AccountFields.texts(body, "external_refs", AccountFields.MAX_TEXT).orElse(List.of()),
            AccountFields.owners(body, orgId).orElse(List.of()),
            SetTag.read(body, "tags", orgId).orElse(List.of()),
            body.text("tier", 64).orElse(null),
            AccountFields.texts(body, "websites", 2048).orElse(List.of()),
            body.rawObject("custom_fields").map(Object::toString).orElse(null));
    }
}
