package dev.roster.groups;

import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;

/** {@code groups.members.add} and {@code .remove}: a group, a dev or rev user, and the rev user's rev org. */
record MemberChange(long group, MemberType memberType, long member, Long memberRevOrg) {
    static MemberChange parse(RequestBody body, long orgId) {
        long group = IdParser.parse("group", body.requiredString("group"), IdKind.GROUP, orgId);
        String text = body.requiredString("member");
        Long revOrg = body.string("member_rev_org")
            .map(id -> IdParser.parse("member_rev_org", id, IdKind.REV_ORG, orgId)).orElse(null);
        IdParser.Parsed member = IdParser.parse("member", text);
        MemberType type = switch (member.kind()) {
            case DEV_USER -> MemberType.DEV_USER;
            case REV_USER -> MemberType.REV_USER;
            default -> throw new ApiError.UnexpectedIdType("member", "member: expected a dev user or rev user ID "
                + "(DEVU-<n>, REVU-<n> or their DONs), got a " + member.kind().noun() + " ID").toException();
        };
        if (member.orgId().isPresent() && member.orgId().get() != orgId) {
            throw ApiError.notFound(type.kind.noun() + " " + text + " not found").toException();
        }
        return new MemberChange(group, type, member.number(), revOrg);
    }
}
