-- Indexes that let every list order be walked rather than sorted (QueryPlanTest checks the plans).

-- rev-users.scan walks a tenant's rev users in id order. Without an index that leads with the tenant
-- and then the id, SQLite's planner took an index on (org_id, rev_org_id, ...) and sorted every rev
-- user of the tenant for each page: 0.3 s a page at a million rev users.
create index rev_user_scan_ix on rev_user (org_id, id);

-- rev-users.list sorts by display name with no name as the empty string, so that the keyset can
-- compare it: the index must hold that same expression.
drop index rev_user_display_name_ix;
create index rev_user_display_name_ix on rev_user (org_id, coalesce(display_name, ''), id);

-- dev-users.list sorted by state then id; the filter by state keeps its (state, created_date, id) index.
create index dev_user_state_sort_ix on dev_user (org_id, state, id);

-- rev_user_rev_org_ix led with the tenant, so deleting a rev org needed rev_user_rev_org_fk_ix as well
-- to find its users. A rev org belongs to one tenant, so one index leading with rev_org_id serves the
-- list by rev org and those lookups: one index fewer to maintain on every rev-user write.
drop index rev_user_rev_org_ix;
drop index rev_user_rev_org_fk_ix;
create index rev_user_rev_org_ix on rev_user (rev_org_id, created_date, id);
