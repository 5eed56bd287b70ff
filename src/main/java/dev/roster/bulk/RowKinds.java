package dev.roster.bulk;

import java.util.Map;
import java.util.Optional;

/** Every line type an import reads, by its {@code type}. */
final class RowKinds {
    private static final Map<String, RowKind> BY_TYPE = Map.of(
        BulkKind.DEV_USER.wire, new DevUserRows(),
        BulkKind.TAG.wire, new TagRows(),
        BulkKind.ACCOUNT.wire, new AccountRows(),
        BulkKind.REV_ORG.wire, new RevOrgRows(),
        BulkKind.REV_USER.wire, new RevUserRows(),
        BulkLines.ASSOCIATION, new AssociationRows(),
        BulkKind.GROUP.wire, new GroupRows(),
        BulkLines.MEMBER, new MemberRows(),
        BulkKind.WEBHOOK.wire, new WebhookRows());

    private RowKinds() {}

    static Optional<RowKind> of(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    static String known() {
        return String.join(", ", BY_TYPE.keySet().stream().sorted().toList());
    }
}
