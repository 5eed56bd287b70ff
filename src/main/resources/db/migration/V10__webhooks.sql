-- A dev org's webhooks. event_types is the subscribed wire names as given, between commas
-- (",tag_created,webhook_updated,"); webhook_event_type indexes them for the fan-out. secret is encrypted (a JWE, see
-- SecretBox): create, get and list must return it, so a hash would not do. created_by and
-- modified_by have no foreign key: webhooks are configuration, kept across snapshot restores,
-- which replace the dev users they could name.
create table webhook (
    id ${id_pk},
    org_id bigint not null references dev_org (id),
    url text not null,
    status text not null,
    event_types text not null,
    headers text not null,
    secret text not null,
    -- The pending verification: its challenge and when it gives up; null when none is pending.
    challenge text,
    verify_until bigint,
    -- When the current url and secret passed verification; null until they have.
    verified_date bigint,
    created_by bigint,
    modified_by bigint,
    created_date bigint not null,
    modified_date bigint not null
);
create index webhook_org_ix on webhook (org_id, status);

-- Who gets each type: the fan-out at emit time finds the subscribers of an event by one index
-- lookup, however many webhooks the dev org has.
create table webhook_event_type (
    org_id bigint not null references dev_org (id),
    webhook_id bigint not null references webhook (id),
    type text not null,
    primary key (webhook_id, type)
);
create index webhook_event_type_ix on webhook_event_type (org_id, type);

-- One row per event and webhook (kind 'event'), or per verification handshake (kind 'verify',
-- without an event), made in the transaction that commits the event. A dispatcher claims pending
-- rows by setting claimed_by and lease_until; a claim whose lease has run out (its process died)
-- is claimable again, which is what makes delivery at least once.
create table delivery (
    id ${id_pk},
    org_id bigint not null references dev_org (id),
    webhook_id bigint not null references webhook (id),
    event_id bigint references event (id),
    kind text not null,
    object_id text not null,
    state text not null,
    attempts integer not null,
    next_attempt bigint not null,
    last_status integer,
    last_error text,
    claimed_by text,
    lease_until bigint,
    created_date bigint not null,
    modified_date bigint not null
);
-- The claim's scan: pending rows in id order; and the leases held now, counted per webhook.
create index delivery_pending_ix on delivery (state, id);
create index delivery_lease_ix on delivery (lease_until);
-- Per-object order: an earlier pending row of the same webhook and object holds later ones back.
create index delivery_object_ix on delivery (webhook_id, object_id, state, id);
create index delivery_event_ix on delivery (event_id);
create index delivery_created_ix on delivery (created_date);
create index delivery_org_ix on delivery (org_id);

-- The key that encrypts webhook secrets when ROSTER_SECRETS_KEY is not set: made once by the first
-- process that needs it, so that every instance on one store reads the same secrets.
create table webhook_secret_key (
    id integer primary key,
    jwk text not null,
    created_date bigint not null
);
