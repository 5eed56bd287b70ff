-- Snapshots of a dev org's directory (/_roster/snapshots.*): every row of the org's data tables but
-- its tokens, as one JSON text. Names are unique per dev org; the database decides who wins a race.
-- Existing dev orgs get no 'initial' snapshot here: their state at creation is gone (reset says so).
create table snapshot (
    id ${id_pk},
    org_id bigint not null references dev_org (id),
    name text not null,
    created_date bigint not null,
    object_count bigint not null,
    state text not null,
    constraint snapshot_name_uq unique (org_id, name)
);
create index snapshot_created_ix on snapshot (org_id, created_date, id);
