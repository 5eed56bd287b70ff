package dev.roster.revorgs;

import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;

/** The contract's org-summary (and account-summary, rev-org-summary): an org as other objects show it. */
public record OrgSummaryJson(String type, String id, String displayId, String displayName) {
    public static OrgSummaryJson account(long orgId, long id, String displayName) {
        return new OrgSummaryJson("account", Ids.don(IdKind.ACCOUNT, orgId, id), Ids.displayId(IdKind.ACCOUNT, id), displayName);
    }

    public static OrgSummaryJson revOrg(long orgId, long id, String displayName) {
        return new OrgSummaryJson("rev_org", Ids.don(IdKind.REV_ORG, orgId, id), Ids.displayId(IdKind.REV_ORG, id), displayName);
    }
}
