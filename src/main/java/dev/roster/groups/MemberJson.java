package dev.roster.groups;

import dev.roster.ids.Ids;
import dev.roster.revorgs.OrgSummaryJson;

/** The contract's group-members-list-response-member: the member's summary and, for a rev user, its rev org. */
record MemberJson(SummaryJson member, OrgSummaryJson memberRevOrg) {
    /** The contract's member-summary of a dev user or a rev user; {@code type} says which. */
    record SummaryJson(String type, String id, String displayId, String displayName, String email, String fullName,
                       String state, String externalRef, OrgSummaryJson revOrg) {}

    static MemberJson from(Member member) {
        OrgSummaryJson revOrg = member.revOrgId() == null ? null
            : OrgSummaryJson.revOrg(member.orgId(), member.revOrgId(), member.revOrgName());
        SummaryJson summary = new SummaryJson(member.type().wire(), Ids.don(member.type().kind, member.orgId(), member.id()),
            Ids.displayId(member.type().kind, member.id()), member.displayName(), member.email(), member.fullName(),
            member.state(), member.externalRef(), revOrg);
        return new MemberJson(summary, revOrg);
    }
}
