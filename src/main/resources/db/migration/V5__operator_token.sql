-- The operator token manages dev orgs (/_roster/dev-orgs.*). It belongs to no dev org and no dev user,
-- so it has no org_id. Stored only as the SHA-256 hash of the secret; rotation revokes the live one.
create table operator_token (
    id ${id_pk},
    token_hash text not null unique,
    created_date bigint not null,
    revoked_date bigint
);

-- dev-orgs.list walks every dev org in creation order.
create index dev_org_created_ix on dev_org (created_date, id);

-- dev-orgs.delete removes a dev org's tokens by org_id.
create index api_token_org_ix on api_token (org_id);
