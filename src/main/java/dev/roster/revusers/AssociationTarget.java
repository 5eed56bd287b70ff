package dev.roster.revusers;

import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;

/** An account or a rev org that a rev user may be associated with. */
record AssociationTarget(IdKind kind, long id) {
    /** An ID of an account or a rev org, as associations take. */
    static AssociationTarget parse(String field, String text, long orgId) {
        IdKind kind = IdParser.parse(field, text).kind() == IdKind.ACCOUNT ? IdKind.ACCOUNT : IdKind.REV_ORG;
        return new AssociationTarget(kind, IdParser.parse(field, text, kind, orgId));
    }
}
