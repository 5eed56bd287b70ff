-- Static groups of dev users or of rev users (member_type 'dev_user' or 'rev_user'). "group" is a
-- reserved word in SQL, hence user_group.
create table user_group (
    id ${id_pk},
    org_id bigint not null references dev_org (id),
    name text not null,
    name_key text not null,
    description text not null,
    member_type text not null,
    owner_id bigint references dev_user (id),
    created_by bigint references dev_user (id),
    modified_by bigint references dev_user (id),
    created_date bigint not null,
    modified_date bigint not null
);
-- Group names are unique per dev org, case-insensitively: concurrent creates cannot both win.
create unique index user_group_name_uq on user_group (org_id, name_key);
create index user_group_created_ix on user_group (org_id, created_date, id);
create index user_group_modified_ix on user_group (org_id, modified_date, id);
create index user_group_owner_fk_ix on user_group (owner_id);

-- A group's members. member_id is a dev user's or a rev user's id, as the group's member_type says;
-- it has no foreign key since it names one of two tables: the services that delete or merge users
-- move or drop memberships in their own transactions. The primary key makes adding idempotent.
create table group_member (
    org_id bigint not null references dev_org (id),
    group_id bigint not null references user_group (id),
    member_type text not null,
    member_id bigint not null,
    created_date bigint not null,
    primary key (group_id, member_id)
);
-- groups.members.list pages through a group's members in the order they were added.
create index group_member_added_ix on group_member (group_id, created_date, member_id);
-- Deletes and merges of a user find its memberships.
create index group_member_member_ix on group_member (org_id, member_type, member_id);
