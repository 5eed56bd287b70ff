-- One schema for SQLite and PostgreSQL; ${id_pk} is the engine's auto-increment primary key.
-- Timestamps are epoch milliseconds (bigint): portable, and exact for keyset pagination.

create table dev_org (
    id ${id_pk},
    display_name text not null,
    dev_slug text not null unique,
    created_date bigint not null
);

-- Object numbers are global, so DEVU-<n> is unique across dev orgs; every query still filters by org_id.
create table dev_user (
    id ${id_pk},
    org_id bigint not null references dev_org (id),
    email text not null,
    email_key text not null,
    display_name text not null,
    full_name text,
    state text not null,
    job_title text,
    job_history text,
    experience_start_date bigint,
    reports_to bigint references dev_user (id),
    custom_fields text,
    created_by bigint references dev_user (id),
    modified_by bigint references dev_user (id),
    created_date bigint not null,
    modified_date bigint not null
);

-- Email is unique per dev org among users that are not deleted (merged users free their address).
create unique index dev_user_email_uq on dev_user (org_id, email_key) where state <> 'deleted';
create index dev_user_created_ix on dev_user (org_id, created_date, id);
create index dev_user_modified_ix on dev_user (org_id, modified_date, id);
create index dev_user_display_name_ix on dev_user (org_id, display_name, id);
create index dev_user_email_ix on dev_user (org_id, email_key, id);
create index dev_user_state_ix on dev_user (org_id, state, created_date, id);

-- At most one identity per issuer per user, and an (issuer, id) pair on at most one user of the org.
create table dev_user_identity (
    org_id bigint not null references dev_org (id),
    dev_user_id bigint not null references dev_user (id),
    issuer text not null,
    external_id text not null,
    display_name text,
    is_verified boolean not null default false,
    created_date bigint not null,
    primary key (dev_user_id, issuer),
    constraint dev_user_identity_pair_uq unique (org_id, issuer, external_id)
);

-- Tokens are stored only as SHA-256 hashes of the secret.
create table api_token (
    id ${id_pk},
    org_id bigint not null references dev_org (id),
    dev_user_id bigint not null references dev_user (id),
    token_hash text not null unique,
    scope text not null,
    created_date bigint not null,
    revoked_date bigint
);
create index api_token_user_ix on api_token (dev_user_id);
