package dev.roster.snapshots;

import static dev.roster.snapshots.Column.Type.BIGINT;
import static dev.roster.snapshots.Column.Type.BOOLEAN;
import static dev.roster.snapshots.Column.Type.INTEGER;
import static dev.roster.snapshots.Column.Type.JSON_ARRAY;
import static dev.roster.snapshots.Column.Type.JSON_OBJECT;
import static dev.roster.snapshots.Column.Type.TEXT;
import static dev.roster.snapshots.Column.id;
import static dev.roster.snapshots.Column.of;
import static dev.roster.snapshots.Column.oneOf;
import static dev.roster.snapshots.Column.ref;
import static dev.roster.snapshots.Column.refByKind;

import java.util.List;
import java.util.Optional;

/**
 * The one place that knows what a snapshot holds: every table of a dev org's data but its tokens
 * ({@code api_token}) and its snapshots, parents before children, each column with its type and
 * what it refers to. Restoring into another dev org remaps ids with this knowledge, and imports are
 * checked against it. SnapshotTablesTest compares it with the database's own tables and columns, so
 * that a column a later migration adds cannot be silently left out of snapshots.
 */
final class SnapshotTables {
    private static final Column CREATED_BY = ref("created_by", "dev_user").optional();
    private static final Column MODIFIED_BY = ref("modified_by", "dev_user").optional();
    private static final Column CREATED_DATE = of("created_date", BIGINT);
    private static final Column MODIFIED_DATE = of("modified_date", BIGINT);
    private static final Column POSITION = of("position", INTEGER);

    static final List<SnapshotTable> TABLES = List.of(
        new SnapshotTable("dev_user", List.of(id(), of("email", TEXT), of("email_key", TEXT), of("display_name", TEXT),
            of("full_name", TEXT).optional(),
            oneOf("state", "active", "deactivated", "deleted", "locked", "shadow", "unassigned"),
            oneOf("job_title", "customer_success_manager", "cxo", "designer", "developer", "head_of_support", "operations",
                "others", "product_manager", "qa", "revenue_leader", "support", "tech_lead").optional(),
            of("job_history", JSON_ARRAY).optional(), of("experience_start_date", BIGINT).optional(),
            ref("reports_to", "dev_user").optional(), of("custom_fields", JSON_OBJECT).optional(), CREATED_BY, MODIFIED_BY,
            CREATED_DATE, MODIFIED_DATE), "id"),
        new SnapshotTable("dev_user_identity", List.of(ref("dev_user_id", "dev_user"), of("issuer", TEXT),
            of("external_id", TEXT), of("display_name", TEXT).optional(), of("is_verified", BOOLEAN), CREATED_DATE),
            "dev_user_id, issuer"),
        new SnapshotTable("tag", List.of(id(), of("name", TEXT), of("name_key", TEXT), of("description", TEXT).optional(),
            of("allowed_values", JSON_ARRAY).optional(), of("style_color", TEXT).optional(), CREATED_BY, MODIFIED_BY,
            CREATED_DATE, MODIFIED_DATE), "id"),
        new SnapshotTable("account", List.of(id(), of("display_name", TEXT), of("description", TEXT).optional(),
            of("tier", TEXT).optional(), of("custom_fields", JSON_OBJECT).optional(), CREATED_BY, MODIFIED_BY,
            CREATED_DATE, MODIFIED_DATE), "id"),
        new SnapshotTable("account_domain", List.of(ref("account_id", "account"), of("domain", TEXT), POSITION),
            "account_id, domain"),
        new SnapshotTable("account_external_ref", List.of(ref("account_id", "account"), of("external_ref", TEXT), POSITION),
            "account_id, external_ref"),
        new SnapshotTable("account_website", List.of(ref("account_id", "account"), of("website", TEXT), POSITION),
            "account_id, website"),
        new SnapshotTable("account_owner", List.of(ref("account_id", "account"), ref("dev_user_id", "dev_user"), POSITION),
            "account_id, dev_user_id"),
        new SnapshotTable("rev_org", List.of(id(), ref("account_id", "account"), of("is_default", BOOLEAN),
            of("display_name", TEXT), of("description", TEXT).optional(), of("external_ref", TEXT).optional(),
            oneOf("environment", "production", "staging", "test").optional(), of("tier", TEXT).optional(),
            of("custom_fields", JSON_OBJECT).optional(), CREATED_BY, MODIFIED_BY, CREATED_DATE, MODIFIED_DATE), "id"),
        new SnapshotTable("rev_user", List.of(id(), ref("rev_org_id", "rev_org").optional(), of("display_name", TEXT).optional(),
            of("email", TEXT).optional(), of("email_key", TEXT).optional(), of("description", TEXT).optional(),
            of("external_ref", TEXT), of("is_verified", BOOLEAN), of("custom_fields", JSON_OBJECT).optional(), CREATED_BY,
            MODIFIED_BY, CREATED_DATE, MODIFIED_DATE), "id"),
        new SnapshotTable("rev_user_external_ref", List.of(ref("rev_user_id", "rev_user"), of("external_ref", TEXT), POSITION),
            "rev_user_id, external_ref"),
        new SnapshotTable("rev_user_phone", List.of(ref("rev_user_id", "rev_user"), of("phone", TEXT), POSITION),
            "rev_user_id, phone"),
        new SnapshotTable("rev_user_association", List.of(ref("rev_user_id", "rev_user"),
            oneOf("target_kind", "account", "rev_org"), refByKind("target_id", "target_kind"), CREATED_DATE),
            "rev_user_id, target_kind, target_id"),
        new SnapshotTable("object_tag", List.of(oneOf("object_kind", "account", "rev_org", "rev_user"),
            refByKind("object_id", "object_kind"), ref("tag_id", "tag"), of("tag_value", TEXT).optional(), POSITION),
            "object_kind, object_id, tag_id"),
        new SnapshotTable("user_group", List.of(id(), of("name", TEXT), of("name_key", TEXT), of("description", TEXT),
            oneOf("member_type", "dev_user", "rev_user"), ref("owner_id", "dev_user").optional(), CREATED_BY, MODIFIED_BY,
            CREATED_DATE, MODIFIED_DATE), "id"),
        new SnapshotTable("group_member", List.of(ref("group_id", "user_group"), oneOf("member_type", "dev_user", "rev_user"),
            refByKind("member_id", "member_type"), CREATED_DATE), "group_id, member_id"));

    /**
     * Tables of a dev org that snapshots leave out: tokens outlive a restore, snapshots are not data,
     * and webhooks are configuration, like tokens, kept across restores with their events and deliveries.
     */
    static final List<String> NOT_SNAPSHOTTED = List.of("api_token", "snapshot", "event", "webhook", "webhook_event_type", "delivery");

    private SnapshotTables() {}

    static Optional<SnapshotTable> table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
