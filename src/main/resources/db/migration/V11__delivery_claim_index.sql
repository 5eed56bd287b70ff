-- A dispatcher claims each webhook's deliveries on their own. It finds the webhooks that take
-- deliveries by their status, counts each one's leases (only a delivery in flight has a lease that
-- has not run out) on an index of its own, and walks its pending rows oldest first: that walk also
-- keeps each object's order, which the object index served before, and finds whether anything is
-- due, which the pending index served. A webhook with a long backlog then costs only its own claims,
-- and each delivery's writes keep one index fewer up to date.
create index webhook_status_ix on webhook (status);
create index delivery_claim_ix on delivery (webhook_id, state, id);
create index delivery_webhook_lease_ix on delivery (webhook_id, lease_until);
drop index delivery_object_ix;
drop index delivery_pending_ix;
drop index delivery_lease_ix;
