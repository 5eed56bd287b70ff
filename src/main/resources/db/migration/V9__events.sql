-- The transactional outbox: a change's events are written in the change's own transaction, and
-- delivered to webhooks after it commits. payload is the type's object of the webhook envelope
-- (for dev_user_updated: {"dev_user": {...}, "old_dev_user": {...}}), as the API renders it.
-- object_id is the DON of the object the event is about: events of one object are delivered in id
-- order, which is the order their transactions committed, since each waits for the object's row.
create table event (
    id ${id_pk},
    org_id bigint not null references dev_org (id),
    type text not null,
    object_id text not null,
    payload text not null,
    created_date bigint not null
);
-- events.list pages newest first per dev org; retention removes the oldest first.
create index event_org_ix on event (org_id, id);
create index event_created_ix on event (created_date);
create index event_object_ix on event (org_id, object_id, id);
