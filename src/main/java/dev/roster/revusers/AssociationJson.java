package dev.roster.revusers;

import dev.roster.ids.IdKind;
import dev.roster.revorgs.OrgSummaryJson;

/** The contract's rev-user-association. */
record AssociationJson(OrgSummaryJson associatedTo) {
    static AssociationJson from(long orgId, Association association) {
        AssociationTarget target = association.target();
        return new AssociationJson(target.kind() == IdKind.ACCOUNT
            ? OrgSummaryJson.account(orgId, target.id(), association.targetName())
            : OrgSummaryJson.revOrg(orgId, target.id(), association.targetName()));
    }
}
