-- A dispatcher claims each webhook's deliveries on their own, walking its pending rows oldest first
-- (the walk also keeps each object's order, which the object index served before): one index for
-- both, so that a webhook with a long backlog costs only its own claims, and each delivery's
-- writes keep one index fewer up to date.
create index delivery_claim_ix on delivery (webhook_id, state, id);
drop index delivery_object_ix;
