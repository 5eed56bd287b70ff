-- Only a delivery with an attempt in flight has a lease, and only those are what the lease index
-- is read for (a dispatcher counts each webhook's leases). Indexed in full, every delivery made and
-- every attempt recorded also wrote an entry without a lease: on SQLite, where that index cost
-- dev-user creates with one webhook about a fifth of their rate, and on PostgreSQL, where each such
-- entry is another dead one for the count to skip.
drop index delivery_webhook_lease_ix;
create index delivery_webhook_lease_ix on delivery (webhook_id, lease_until) where lease_until is not null;
