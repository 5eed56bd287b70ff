package dev.roster.revorgs;

import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.tags.SetTag;
import java.util.List;

/** {@code rev-orgs.create}. */
record CreateRevOrg(long account, String displayName, String description, String externalRef, String environment,
                    String tier, List<SetTag> tags, String customFieldsJson) {
    static final int MAX_TEXT = 256;

    static CreateRevOrg parse(RequestBody body, long orgId) {
        return new CreateRevOrg(
            IdParser.parse("account", body.requiredString("account"), IdKind.ACCOUNT, orgId),
            body.requiredText("display_name", MAX_TEXT),
            body.text("description", 4096).orElse(null),
            body.text("external_ref", MAX_TEXT).orElse(null),
            body.enumValue("environment", Environment.class, Environment::wire).map(Environment::wire).orElse(null),
            body.text("tier", 64).orElse(null),
            SetTag.read(body, "tags", orgId).orElse(List.of()),
            body.rawObject("custom_fields").map(Object::toString).orElse(null));
    }
}
