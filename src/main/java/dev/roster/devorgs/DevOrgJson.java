package dev.roster.devorgs;

import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;

/** A dev org on the wire, as {@code /_roster/dev-orgs.*} answer it. */
public record DevOrgJson(String id, String displayId, String displayName, String createdDate) {
    static DevOrgJson from(DevOrg org) {
        return new DevOrgJson(Ids.devOrgDon(org.id()), Ids.displayId(IdKind.DEV_ORG, org.id()), org.displayName(),
            Json.timestamp(org.createdDate()));
    }
}
