-- Indexes that lead with a foreign key's column, so that SQLite's foreign-key checks on deleting a
-- parent row (a rev org, an account, a tag) look children up instead of scanning the child table.
create index rev_user_rev_org_fk_ix on rev_user (rev_org_id);
create index rev_org_account_fk_ix on rev_org (account_id);
create index object_tag_tag_fk_ix on object_tag (tag_id);
