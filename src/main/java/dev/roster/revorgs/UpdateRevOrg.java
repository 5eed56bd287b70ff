package dev.roster.revorgs;

import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.tags.SetTag;
import java.util.List;
import java.util.Optional;

/** {@code rev-orgs.update}: absent fields stay; {@code tags} replaces the set; {@code account} (deprecated) moves it. */
record UpdateRevOrg(long id, Optional<Long> account, Optional<String> displayName, Optional<String> description, Optional<String> externalRef,
                    Optional<String> environment, Optional<String> tier, Optional<List<SetTag>> tags,
                    Optional<String> customFieldsJson) {

    static UpdateRevOrg parse(RequestBody body, long orgId) {
        return new UpdateRevOrg(
            IdParser.parse("id", body.requiredString("id"), IdKind.REV_ORG, orgId),
            body.string("account").map(id -> IdParser.parse("account", id, IdKind.ACCOUNT, orgId)),
            body.text("display_name", CreateRevOrg.MAX_TEXT),
            body.text("description", 4096),
            body.text("external_ref", CreateRevOrg.MAX_TEXT),
            body.enumValue("environment", Environment.class, Environment::wire).map(Environment::wire),
            body.text("tier", 64),
            SetTag.read(body, "tags", orgId),
            body.rawObject("custom_fields").map(Object::toString));
    }
}
