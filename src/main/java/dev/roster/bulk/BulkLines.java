package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.revorgs.OrgSummaryJson;

/**
 * The lines a bulk file holds besides the objects' own: relations, each naming both ends as the API
 * summarises them, with the natural key an import finds them by.
 */
final class BulkLines {
    static final String ASSOCIATION = "rev_user_association";
    static final String MEMBER = "group_member";
    /** On a rev org's line: the account's default rev org, which importing the account creates. */
    static final String IS_DEFAULT = "is_default";

    private BulkLines() {}

    /** {@code {type, rev_user: {id, display_id, external_ref}, associated_to: org summary}}. */
    static ObjectNode association(long orgId, AssociationStore.Row row) {
        ObjectNode line = Json.MAPPER.createObjectNode().put("type", ASSOCIATION);
        line.putObject("rev_user").put("id", Ids.don(IdKind.REV_USER, orgId, row.revUserId()))
            .put("display_id", Ids.displayId(IdKind.REV_USER, row.revUserId())).put("external_ref", row.externalRef());
        OrgSummaryJson target = row.targetKind().equals("account")
            ? OrgSummaryJson.account(orgId, row.targetId(), row.targetName())
            : OrgSummaryJson.revOrg(orgId, row.targetId(), row.targetName());
        line.set("associated_to", Json.MAPPER.valueToTree(target));
        return line;
    }

    /** {@code {type, group: {id, display_id, name}, member: member summary, member_rev_org?}}, as groups.members.list answers. */
    static ObjectNode member(JsonNode group, ObjectNode member) {
        ObjectNode line = Json.MAPPER.createObjectNode().put("type", MEMBER);
        line.putObject("group").put("id", group.path("id").asText()).put("display_id", group.path("display_id").asText())
            .put("name", group.path("name").asText());
        line.setAll(member);
        return line;
    }
}
