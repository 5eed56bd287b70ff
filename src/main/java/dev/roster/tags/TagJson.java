package dev.roster.tags;

import dev.roster.devusers.UserSummaryJson;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import java.util.List;

/** The contract's tag object. */
record TagJson(String id, String displayId, UserSummaryJson createdBy, String createdDate, UserSummaryJson modifiedBy,
               String modifiedDate, String name, String description, List<String> allowedValues,
               TagSummaryJson.StyleJson styleNew) {

    static TagJson from(Tag tag) {
        return new TagJson(Ids.don(IdKind.TAG, tag.orgId(), tag.id()), Ids.displayId(IdKind.TAG, tag.id()),
            UserSummaryJson.from(tag.createdBy()), Json.timestamp(tag.createdDate()),
            UserSummaryJson.from(tag.modifiedBy()), Json.timestamp(tag.modifiedDate()),
            tag.name(), tag.description(), tag.allowedValues(), TagSummaryJson.StyleJson.of(tag.color()));
    }
}
