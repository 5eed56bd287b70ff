-- The customer directory: tags, accounts, rev orgs, rev users. List-valued attributes live in child
-- tables so that the database enforces their uniqueness and every filter has an index.

create table tag (
    id ${id_pk},
    org_id bigint not null references dev_org (id),
    name text not null,
    name_key text not null,
    description text,
    allowed_values text,
    style_color text,
    created_by bigint references dev_user (id),
    modified_by bigint references dev_user (id),
    created_date bigint not null,
    modified_date bigint not null
);
-- Tag names are unique per dev org, case-insensitively.
create unique index tag_name_uq on tag (org_id, name_key);
create index tag_created_ix on tag (org_id, created_date, id);
create index tag_modified_ix on tag (org_id, modified_date, id);

-- Tags on accounts, rev orgs and rev users; object_kind is 'account', 'rev_org' or 'rev_user'.
create table object_tag (
    org_id bigint not null references dev_org (id),
    object_kind text not null,
    object_id bigint not null,
    tag_id bigint not null references tag (id),
    tag_value text,
    position integer not null,
    primary key (object_kind, object_id, tag_id)
);
create index object_tag_tag_ix on object_tag (org_id, tag_id, object_kind, object_id);

create table account (
    id ${id_pk},
    org_id bigint not null references dev_org (id),
    display_name text not null,
    description text,
    tier text,
    custom_fields text,
    created_by bigint references dev_user (id),
    modified_by bigint references dev_user (id),
    created_date bigint not null,
    modified_date bigint not null
);
create index account_created_ix on account (org_id, created_date, id);
create index account_modified_ix on account (org_id, modified_date, id);
create index account_display_name_ix on account (org_id, display_name, id);
create index account_tier_ix on account (org_id, tier, id);

-- Domains and external refs identify one account each within a dev org.
create table account_domain (
    org_id bigint not null references dev_org (id),
    account_id bigint not null references account (id),
    domain text not null,
    position integer not null,
    primary key (account_id, domain),
    constraint account_domain_uq unique (org_id, domain)
);

create table account_external_ref (
    org_id bigint not null references dev_org (id),
    account_id bigint not null references account (id),
    external_ref text not null,
    position integer not null,
    primary key (account_id, external_ref),
    constraint account_external_ref_uq unique (org_id, external_ref)
);

create table account_website (
    org_id bigint not null references dev_org (id),
    account_id bigint not null references account (id),
    website text not null,
    position integer not null,
    primary key (account_id, website)
);
create index account_website_ix on account_website (org_id, website);

create table account_owner (
    org_id bigint not null references dev_org (id),
    account_id bigint not null references account (id),
    dev_user_id bigint not null references dev_user (id),
    position integer not null,
    primary key (account_id, dev_user_id)
);
create index account_owner_ix on account_owner (org_id, dev_user_id, account_id);

create table rev_org (
    id ${id_pk},
    org_id bigint not null references dev_org (id),
    account_id bigint not null references account (id),
    is_default boolean not null,
    display_name text not null,
    description text,
    external_ref text,
    environment text,
    tier text,
    custom_fields text,
    created_by bigint references dev_user (id),
    modified_by bigint references dev_user (id),
    created_date bigint not null,
    modified_date bigint not null
);
-- External refs are unique per dev org; a rev org without one does not collide (NULLs are distinct).
create unique index rev_org_external_ref_uq on rev_org (org_id, external_ref);
-- Every account has exactly one default rev org.
create unique index rev_org_default_uq on rev_org (account_id) where is_default;
create index rev_org_account_ix on rev_org (org_id, account_id, id);
create index rev_org_created_ix on rev_org (org_id, created_date, id);
create index rev_org_modified_ix on rev_org (org_id, modified_date, id);
create index rev_org_display_name_ix on rev_org (org_id, display_name, id);

create table rev_user (
    id ${id_pk},
    org_id bigint not null references dev_org (id),
    rev_org_id bigint references rev_org (id),
    display_name text,
    email text,
    email_key text,
    description text,
    external_ref text not null,
    is_verified boolean not null default false,
    custom_fields text,
    created_by bigint references dev_user (id),
    modified_by bigint references dev_user (id),
    created_date bigint not null,
    modified_date bigint not null
);
create unique index rev_user_external_ref_uq on rev_user (org_id, external_ref);
create index rev_user_created_ix on rev_user (org_id, created_date, id);
create index rev_user_modified_ix on rev_user (org_id, modified_date, id);
create index rev_user_rev_org_ix on rev_user (org_id, rev_org_id, created_date, id);
create index rev_user_email_ix on rev_user (org_id, email_key, id);
create index rev_user_display_name_ix on rev_user (org_id, display_name, id);

create table rev_user_external_ref (
    org_id bigint not null references dev_org (id),
    rev_user_id bigint not null references rev_user (id),
    external_ref text not null,
    position integer not null,
    primary key (rev_user_id, external_ref)
);
create index rev_user_external_ref_ix on rev_user_external_ref (org_id, external_ref);

create table rev_user_phone (
    org_id bigint not null references dev_org (id),
    rev_user_id bigint not null references rev_user (id),
    phone text not null,
    position integer not null,
    primary key (rev_user_id, phone)
);
create index rev_user_phone_ix on rev_user_phone (org_id, phone);

-- A rev user's associations to accounts and rev orgs; target_kind is 'account' or 'rev_org'.
create table rev_user_association (
    org_id bigint not null references dev_org (id),
    rev_user_id bigint not null references rev_user (id),
    target_kind text not null,
    target_id bigint not null,
    created_date bigint not null,
    primary key (rev_user_id, target_kind, target_id)
);
create index rev_user_association_target_ix on rev_user_association (org_id, target_kind, target_id);
