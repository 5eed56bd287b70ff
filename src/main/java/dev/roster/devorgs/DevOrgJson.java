package dev.roster.devorgs;

import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;

/** A dev org on the wire, as {@code dev-orgs.get} and {@code /_roster/dev-orgs.*} answer it. */
public record DevOrgJson(String id, String displayId, String displayName, String devSlug, String createdDate,
                         String modifiedDate) {
    /** Roster has no operation that changes a dev org once made, so it was last changed when it was created. */
    static DevOrgJson from(DevOrg org) {
        String created = Json.timestamp(org.createdDate());
        return new DevOrgJson(Ids.devOrgDon(org.id()), Ids.displayId(IdKind.DEV_ORG, org.id()), org.displayName(),
            org.slug(), created, created);
    }
}
