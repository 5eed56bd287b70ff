package dev.roster.accounts;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.roster.devusers.UserSummaryJson;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.tags.TagWithValueJson;
import java.util.List;

/** The contract's account object. */
record AccountJson(String id, String displayId, UserSummaryJson createdBy, String createdDate, UserSummaryJson modifiedBy,
                   String modifiedDate, String displayName, String description, List<String> domains,
                   List<String> externalRefs, List<UserSummaryJson> ownedBy, List<TagWithValueJson> tags, String tier,
                   List<String> websites, @JsonRawValue String customFields) {

    static AccountJson from(Account account) {
        return new AccountJson(Ids.don(IdKind.ACCOUNT, account.orgId(), account.id()),
            Ids.displayId(IdKind.ACCOUNT, account.id()),
            UserSummaryJson.from(account.createdBy()), Json.timestamp(account.createdDate()),
            UserSummaryJson.from(account.modifiedBy()), Json.timestamp(account.modifiedDate()),
            account.displayName(), account.description(), account.domains(), account.externalRefs(),
            account.owners().stream().map(UserSummaryJson::from).toList(),
            TagWithValueJson.of(account.orgId(), account.tags()), account.tier(),
            account.websites(), account.customFieldsJson());
    }
}
